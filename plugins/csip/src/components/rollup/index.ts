/** The portfolio rolled up by catalog group, with its history by week. */
export { PortfolioRollup } from './PortfolioRollup';
export { usePortfolioRollup } from './usePortfolioRollup';
