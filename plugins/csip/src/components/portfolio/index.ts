/** The CSIP home page (For you, portfolio, roll-up) and the portfolio: every programme, filters, import and CSV. */
export { CsipPage } from './CsipPage/CsipPage';
export { PortfolioPanel } from './PortfolioPanel';
