export { AdviceService } from './AdviceService';
export { adviceLog } from './adviceLog';
