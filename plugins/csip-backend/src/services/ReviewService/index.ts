export { ReviewService } from './ReviewService';
