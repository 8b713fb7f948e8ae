/**
 * CSIP Coach frontend plugin.
 *
 * The default export is the plugin for the new frontend system, with the
 * CSIP page, the Improvement tab and card of group, system and component
 * pages in the catalog, and the "For you" home page card. Portals on the
 * legacy frontend system use `legacyCsipPlugin`, `CsipPage`,
 * `EntityImprovementContent`, `EntityImprovementCard`, `CsipMyWorkCard` and
 * `isCsipAvailable`.
 *
 * @packageDocumentation
 */

export {
  csipPlugin as default,
  csipMyWorkWidget,
  entityImprovementCard,
  entityImprovementContent,
} from './plugin';
export { csipApiRef, CsipClient } from './api';
export type { CsipApi, ListProgrammesRequest } from './api';
export {
  legacyCsipPlugin,
  CsipPage,
  EntityImprovementContent,
  EntityImprovementCard,
  CsipMyWorkCard,
} from './legacy';
export { MyWorkPanel } from './components/me';
export {
  CSIP_PROGRAMME_ANNOTATION,
  isCsipAvailable,
} from './components/entity/useEntityProgrammes';
export type { CatalogEntity } from './components/entity/useEntityProgrammes';
export { PortfolioRollup } from './components/rollup';
