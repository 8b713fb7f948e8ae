export {
  CatalogServiceRefValidator,
  NoopCatalogRefValidator,
} from './CatalogRefValidator';
export type {
  CatalogRefCheck,
  CatalogRefValidator,
} from './CatalogRefValidator';
export {
  createCatalogRefValidator,
  readCatalogRefCheck,
} from './createCatalogRefValidator';
export type { CatalogRefCheckMode } from './createCatalogRefValidator';
export { entityDisplayName, refName } from './entityDisplayName';
export { changedProgrammeRefs, newProgrammeRefs } from './programmeRefChecks';
