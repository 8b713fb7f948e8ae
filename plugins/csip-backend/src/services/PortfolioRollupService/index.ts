export {
  HISTORY_WEEKS,
  PortfolioRollupService,
} from './PortfolioRollupService';
export { readCatalogGroups } from './catalogGroups';
