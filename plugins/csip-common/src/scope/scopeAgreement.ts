import type { ProgrammeMember } from '../programme/programmeSchema';
import type {
  Agreement,
  ApproverStatus,
  ScopeStatus,
  ScopeVersion,
} from './scopeSchema';

const key = (ref: string) => ref.toLocaleLowerCase('en-US');

/**
 * Who must agree a scope version: every sponsor of the programme plus the
 * approvers the version lists, each once.
 *
 * @public
 */
export function requiredApprovers(
  members: ProgrammeMember[],
  version: Pick<ScopeVersion, 'approvers'> | undefined,
): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const add = (ref: string) => {
    if (!seen.has(key(ref))) {
      seen.add(key(ref));
      result.push(ref);
    }
  };
  members.filter(m => m.role === 'sponsor').forEach(m => add(m.userRef));
  version?.approvers.forEach(add);
  return result;
}

/**
 * Each required approver's latest decision on the given version. Agreements
 * on other versions never count: they do not carry over.
 *
 * @public
 */
export function approverStatuses(
  approvers: string[],
  versionNumber: number | undefined,
  agreements: Agreement[],
): ApproverStatus[] {
  return approvers.map(userRef => {
    const latest = agreements
      .filter(
        a =>
          a.versionNumber === versionNumber && key(a.userRef) === key(userRef),
      )
      .sort((a, b) => a.at.localeCompare(b.at))
      .pop();
    return latest
      ? {
          userRef,
          decision: latest.decision,
          comment: latest.comment,
          at: latest.at,
        }
      : { userRef };
  });
}

/**
 * The status of a programme's scope: `draft` before any version is
 * published, `declined` when any required approver declined the current
 * version, `agreed` when every required approver agreed it, otherwise
 * `awaiting-agreement`.
 *
 * @public
 */
export function scopeStatus(
  current: ScopeVersion | undefined,
  statuses: ApproverStatus[],
): ScopeStatus {
  if (!current) return 'draft';
  if (statuses.some(s => s.decision === 'decline')) return 'declined';
  if (statuses.length > 0 && statuses.every(s => s.decision === 'agree')) {
    return 'agreed';
  }
  return 'awaiting-agreement';
}
