export { legacyCsipPlugin, CsipPage } from './plugin';
