import type { ScopeVersion } from '@csip-coach/plugin-csip-common';
import { formatDateTime } from '../../../util/formatDate';
import { HistoryList, RefLink } from '../../shared';

/** @internal */
export type ScopeVersionHistoryProps = {
  /** Every published version, newest first. */
  versions: ScopeVersion[];
};

/**
 * Every published scope version: its number, who published it and when.
 *
 * @internal
 */
export const ScopeVersionHistory = ({ versions }: ScopeVersionHistoryProps) => (
  <HistoryList
    title="Version history"
    entries={versions}
    entryKey={v => v.number}
    empty="No version has been published yet."
    columns={[
      {
        header: 'Version',
        cell: (v, i) =>
          `Version ${v.number}${i === 0 ? ' (current)' : ' (superseded)'}`,
      },
      {
        header: 'Published by',
        cell: v => <RefLink entityRef={v.publishedBy} />,
      },
      { header: 'Published', cell: v => formatDateTime(v.publishedAt) },
    ]}
  />
);
