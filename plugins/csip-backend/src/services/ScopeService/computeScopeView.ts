import {
  Agreement,
  approverStatuses,
  diffScope,
  Programme,
  requiredApprovers,
  ScopeVersion,
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
  const versions = await scopes.listVersions(programme.id);
  const current = versions[0];
  return scopeViewOf(
    programme,
    versions,
    current ? await scopes.listAgreements(programme.id, current.number) : [],
  );
}

/**
 * {@link computeScopeView} from what it reads: the programme's versions,
 * newest first, and its agreements, oldest first (only those on the
 * current version count: `approverStatuses` picks them).
 *
 * @internal
 */
export function scopeViewOf(
  programme: Pick<Programme, 'members'>,
  versions: readonly ScopeVersion[],
  agreements: Agreement[],
): ScopeView {
  const [current, previous] = versions;
  const approvers = requiredApprovers(programme.members, current);
  const statuses = approverStatuses(approvers, current?.number, agreements);
  return {
    current,
    status: scopeStatus(current, statuses),
    approvers: statuses,
    diff: current ? diffScope(previous, current) : [],
  };
}
