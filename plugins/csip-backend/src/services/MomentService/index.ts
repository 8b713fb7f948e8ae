export { MomentService } from './MomentService';
