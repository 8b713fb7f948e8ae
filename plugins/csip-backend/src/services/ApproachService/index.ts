export { ApproachService } from './ApproachService';
