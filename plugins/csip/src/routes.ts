import { createRouteRef } from '@backstage/frontend-plugin-api';

/** The CSIP home page. */
export const rootRouteRef = createRouteRef();
