export { MyWorkService } from './MyWorkService';
