/** The portfolio page: every programme, filters, import, CSV and the sponsor's awaiting list. */
export { CsipPage } from './CsipPage/CsipPage';
