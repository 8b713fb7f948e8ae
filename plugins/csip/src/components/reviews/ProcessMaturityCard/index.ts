export { ProcessMaturityCard } from './ProcessMaturityCard';
export type { ProcessMaturityCardProps } from './ProcessMaturityCard';
