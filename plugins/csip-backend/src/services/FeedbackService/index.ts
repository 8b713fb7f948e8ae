export { FeedbackService } from './FeedbackService';
