export { EntityImprovementCard } from './EntityImprovementCard';
