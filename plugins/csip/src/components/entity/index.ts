/** The catalog entity's Improvement tab and card. */
export { EntityImprovementCard } from './EntityImprovementCard/EntityImprovementCard';
export { EntityImprovementContent } from './EntityImprovementContent/EntityImprovementContent';
