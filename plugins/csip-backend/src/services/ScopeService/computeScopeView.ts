import {
  approverStatuses,
  diffScope,
  Programme,
  requiredApprovers,
  scopeStatus,
  ScopeView,
} from '@csip-coach/plugin-csip-common';
import { ScopeStore } from '../../database/ScopeStore';

/**
 * The scope of a programme as people see it: current version, status, every
 * required approver's decision on it, and what changed since the previous one.
 *
 * @internal
 */
export async function computeScopeView(
  programme: Pick<Programme, 'id' | 'members'>,
  scopes: ScopeStore,
): Promise<ScopeView> {
  const [current, previous] = await scopes.listVersions(programme.id);
  const approvers = requiredApprovers(programme.members, current);
  const statuses = approverStatuses(
    approvers,
    current?.number,
    current ? await scopes.listAgreements(programme.id, current.number) : [],
  );
  return {
    current,
    status: scopeStatus(current, statuses),
    approvers: statuses,
    diff: current ? diffScope(previous, current) : [],
  };
}
