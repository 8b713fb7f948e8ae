import {
  createRouteRef,
  createSubRouteRef,
} from '@backstage/frontend-plugin-api';

/** The CSIP home page. */
export const rootRouteRef = createRouteRef();

/** One programme's page, below the CSIP home page. */
export const programmeRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/programmes/:programmeId',
});

/** One programme's printable report, below its page. */
export const programmeReportRouteRef = createSubRouteRef({
  parent: rootRouteRef,
  path: '/programmes/:programmeId/report',
});
