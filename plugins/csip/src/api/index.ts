export { csipApiRef } from './CsipApi';
export type { CsipApi, ListProgrammesRequest } from './CsipApi';
export { CsipClient } from './CsipClient';
