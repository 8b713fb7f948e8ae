export { PortfolioFilters } from './PortfolioFilters';
