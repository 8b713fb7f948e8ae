export { OutcomeService } from './OutcomeService';
