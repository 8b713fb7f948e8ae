export { ActionService } from './ActionService';
