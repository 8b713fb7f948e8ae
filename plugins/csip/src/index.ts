/**
 * CSIP Coach frontend plugin.
 *
 * The default export is the plugin for the new frontend system, with the
 * CSIP page and the Improvement tab and card of group, system and component
 * pages in the catalog. Portals on the legacy frontend system use
 * `legacyCsipPlugin`, `CsipPage`, `EntityImprovementContent`,
 * `EntityImprovementCard` and `isCsipAvailable`.
 *
 * @packageDocumentation
 */

export {
  csipPlugin as default,
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
} from './legacy';
export {
  CSIP_PROGRAMME_ANNOTATION,
  isCsipAvailable,
} from './components/entity/useEntityProgrammes';
export type { CatalogEntity } from './components/entity/useEntityProgrammes';
