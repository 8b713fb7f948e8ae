export { EntityImprovementContent } from './EntityImprovementContent';
