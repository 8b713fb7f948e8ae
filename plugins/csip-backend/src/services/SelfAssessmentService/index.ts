export { SelfAssessmentService } from './SelfAssessmentService';
