import type { ScopeChange } from '@csip-coach/plugin-csip-common';
import type { ReactNode } from 'react';
import { formatDate } from '../../../util/formatDate';
import { processName } from '../../../util/labels';
import { RefLink } from '../../shared';

/*
 * The server words each change (see `diffScope` in the common package) with
 * ids: a process id, entity refs of approvers and ISO dates. These patterns
 * follow that wording to show names and dates as people read them.
 */
const PROCESS = /^Process (added: |removed: )?([^,:]+)/;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/g;
const ENTITY_REF = /((?:user|group):[\w.-]+\/[\w.-]+)/i;

/**
 * The id of the process a change of the scope's processes is about, if the
 * change is one.
 *
 * @internal
 */
export function changedProcessId(change: ScopeChange): string | undefined {
  if (change.section !== 'processes') return undefined;
  return PROCESS.exec(change.text)?.[2]?.trim();
}

/**
 * A change of the scope as people read it: processes by their names in the
 * maturity model, people as links showing their names, dates written out.
 *
 * @internal
 */
export function describeScopeChange(change: ScopeChange): ReactNode {
  const id = changedProcessId(change);
  const text = (
    id
      ? change.text.replace(
          PROCESS,
          (_whole, kind = '') => `Process ${kind}${processName(id)}`,
        )
      : change.text
  ).replace(ISO_DATE, date => formatDate(date));
  return text
    .split(ENTITY_REF)
    .map((part, i) =>
      i % 2 === 1 ? <RefLink key={i} entityRef={part} /> : part,
    );
}
