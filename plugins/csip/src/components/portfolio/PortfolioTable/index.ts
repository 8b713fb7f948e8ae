export { PortfolioTable, PORTFOLIO_PAGE_SIZE } from './PortfolioTable';
export type { PortfolioTableProps } from './PortfolioTable';
