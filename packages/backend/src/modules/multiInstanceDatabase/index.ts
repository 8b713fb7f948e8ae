export { multiInstanceDatabaseServiceFactory as default } from './serviceFactory';
