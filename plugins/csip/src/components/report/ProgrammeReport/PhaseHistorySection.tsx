import {
  PROGRAMME_PHASES,
  type PhaseStatus,
} from '@csip-coach/plugin-csip-common';
import { formatDateTime } from '../../../util/formatDate';
import { PHASE_NAMES } from '../../../util/labels';
import { RefLink } from '../../shared';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_SECTIONS } from './reportSections';
import { EmptyNote } from './ReportSection';
import { ReportTable } from './ReportTable';

/** @internal */
export type PhaseHistorySectionProps = {
  phase: ReportPart<PhaseStatus>;
};

const History = ({ status }: { status: PhaseStatus }) => {
  if (!status.transitions.length) {
    return (
      <EmptyNote>
        No phase changes yet: the programme started in Establish. Moves forward
        and back will be listed here.
      </EmptyNote>
    );
  }
  const oldestFirst = [...status.transitions].sort((a, b) =>
    a.movedAt.localeCompare(b.movedAt),
  );
  return (
    <ReportTable
      label="Phase history"
      columns={['When', 'Move', 'By', 'Reason']}
      rows={oldestFirst.map(t => {
        const back =
          PROGRAMME_PHASES.indexOf(t.to) < PROGRAMME_PHASES.indexOf(t.from);
        return {
          key: t.id,
          cells: [
            formatDateTime(t.movedAt),
            `${back ? 'Moved back' : 'Moved forward'}: ${
              PHASE_NAMES[t.from]
            } → ${PHASE_NAMES[t.to]}`,
            <RefLink entityRef={t.movedBy} />,
            t.reason || '—',
          ],
        };
      })}
    />
  );
};

/**
 * Every phase change, oldest first: when, from and to, forward or back, who
 * and why.
 *
 * @internal
 */
export const PhaseHistorySection = ({ phase }: PhaseHistorySectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.phases} part={phase}>
    {status => <History status={status} />}
  </ReportPartSection>
);
