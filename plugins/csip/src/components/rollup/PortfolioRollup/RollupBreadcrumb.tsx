import type { PortfolioRollup } from '@csip-coach/plugin-csip-common';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useGroupPath } from '../useGroupPath';
import { groupSearch } from './groupLink';

/** @internal */
export type RollupBreadcrumbProps = {
  /** The group rolled up under, or null at the top level. */
  group: PortfolioRollup['group'];
};

/** The words of the top of the path. */
export const TOP_LEVEL = 'All groups';

/**
 * Where the roll-up stands in the catalog's groups: "All groups", the
 * groups above the chosen one (each a link back up) and the chosen one.
 *
 * @internal
 */
export const RollupBreadcrumb = ({ group }: RollupBreadcrumbProps) => {
  const [params] = useSearchParams();
  const { steps } = useGroupPath(group?.parentRef);
  const link = (groupRef: string | null, title: string) => (
    <Link
      key={groupRef ?? 'top'}
      component={RouterLink}
      to={{ search: groupSearch(params, groupRef) }}
      underline="hover"
    >
      {title}
    </Link>
  );
  return (
    <Breadcrumbs aria-label="Group path">
      {group ? (
        link(null, TOP_LEVEL)
      ) : (
        <Typography color="text.primary" aria-current="page">
          {TOP_LEVEL}
        </Typography>
      )}
      {steps.map(step => link(step.groupRef, step.title))}
      {group && (
        <Typography color="text.primary" aria-current="page">
          {group.title}
        </Typography>
      )}
    </Breadcrumbs>
  );
};
