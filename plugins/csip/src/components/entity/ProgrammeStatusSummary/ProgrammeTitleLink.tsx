import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import { programmeRouteRef } from '../../../routes';

/**
 * A programme's title, linked to its page when the CSIP page is mounted.
 *
 * @internal
 */
export const ProgrammeTitleLink = ({
  programme,
}: {
  programme: Pick<ProgrammeSummary, 'id' | 'title'>;
}) => {
  const programmeLink = useRouteRef(programmeRouteRef);
  return programmeLink ? (
    <Link to={programmeLink({ programmeId: programme.id })}>
      {programme.title}
    </Link>
  ) : (
    <>{programme.title}</>
  );
};
