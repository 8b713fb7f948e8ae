/**
 * The processes CSIP Coach knows out of the box.
 *
 * @public
 */
export const BUILT_IN_PROCESSES = [
  { id: 'change', name: 'Change management' },
  { id: 'configuration', name: 'Configuration management' },
  { id: 'release', name: 'Release management' },
] as const;
