/**
 * CSIP Coach frontend plugin.
 *
 * The default export is the plugin for the new frontend system; portals on
 * the legacy frontend system use `legacyCsipPlugin` and `CsipPage`.
 *
 * @packageDocumentation
 */

export { csipPlugin as default } from './plugin';
export { csipApiRef, CsipClient } from './api';
export type { CsipApi, ListProgrammesRequest } from './api';
export { legacyCsipPlugin, CsipPage } from './legacy';
