export { PortfolioRollup } from './PortfolioRollup';
