export { PortfolioPanel } from './PortfolioPanel';
export type { PortfolioPanelProps } from './PortfolioPanel';
