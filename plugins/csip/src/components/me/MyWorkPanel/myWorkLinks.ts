import { useRouteRef } from '@backstage/frontend-plugin-api';
import { programmeRouteRef } from '../../../routes';

/** A tab of a programme's page that the user's work links to. */
export type ProgrammeTab = 'actions' | 'scope' | 'coaching';

/**
 * Where a programme's page (or one of its tabs) is, for links from the
 * user's work; `undefined` where the CSIP page is not mounted.
 *
 * @internal
 */
export function useProgrammeHref():
  | ((programmeId: string, tab?: ProgrammeTab) => string)
  | undefined {
  const programmeLink = useRouteRef(programmeRouteRef);
  if (!programmeLink) return undefined;
  return (programmeId, tab) => {
    const page = programmeLink({ programmeId });
    return tab ? `${page}?tab=${tab}` : page;
  };
}
