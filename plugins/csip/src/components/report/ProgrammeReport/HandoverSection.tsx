import {
  COVERAGE_NAMES,
  HANDOVER_CATEGORY_NAMES,
  HANDOVER_STATUS_NAMES,
  READY_SCORE,
  type HandoverView,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { FactList, RefLink } from '../../shared';
import { KnowledgeTransferBar, SummitCamps } from '../../status';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_CHART_WIDTH, REPORT_SECTIONS } from './reportSections';
import { ReportList } from './ReportList';
import { EmptyNote, ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';
import { describeSummit, type WithProcessNames } from './reportWords';

/** @internal */
export type HandoverSectionProps = WithProcessNames & {
  handover: ReportPart<HandoverView>;
};

const plural = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

const Handover = ({
  view,
  processName,
}: {
  view: HandoverView;
} & WithProcessNames) => {
  const blockers = view.readiness.blockers;
  const ready = view.readiness.ready || blockers.length === 0;
  // Retired items (their process left the scope) are listed, not counted.
  const counted = view.items.filter(i => !i.retiredAt);
  const retired = view.items.length - counted.length;
  const verified = counted.filter(i => i.status === 'verified').length;
  const demonstrated = counted.filter(i => i.status === 'demonstrated').length;
  return (
    <>
      <FactList
        facts={[
          {
            term: 'Knowledge-transfer score',
            value: `${view.score} % (${READY_SCORE} % is needed for the coach to leave)`,
          },
          { term: 'Summit progress', value: describeSummit(view.summit) },
          {
            term: 'Readiness for the coach to leave',
            value: ready
              ? 'Ready: the team can carry on without the coach'
              : `Not ready yet: ${plural(
                  blockers.length,
                  'blocker',
                  'blockers',
                )}`,
          },
          {
            term: 'Reviews led or co-led by the team',
            value:
              view.fadeOut.share === null
                ? 'No published reviews yet'
                : `${Math.round(
                    view.fadeOut.share * 100,
                  )} % of the latest reviews of each process`,
          },
        ]}
      />
      <Box sx={{ maxWidth: REPORT_CHART_WIDTH, display: 'grid', gap: 1 }}>
        <KnowledgeTransferBar score={view.score} />
        {view.summit.percent !== null && (
          <SummitCamps
            percent={view.summit.percent}
            width={REPORT_CHART_WIDTH}
          />
        )}
      </Box>
      {!ready && (
        <ReportList
          title="What still stands in the way"
          label="Blockers"
          items={blockers.map(b => b.message)}
          empty=""
        />
      )}
      <div>
        <ReportSubheading>Coverage per process</ReportSubheading>
        {view.coverage.length ? (
          <ReportTable
            label="Coverage per process"
            columns={['Process', 'Coverage', 'People proficient or better']}
            rows={view.coverage.map(c => ({
              key: c.process,
              cells: [
                processName(c.process),
                COVERAGE_NAMES[c.status],
                c.proficient.length ? (
                  <>
                    {c.proficient.map((ref, i) => (
                      <span key={ref}>
                        {i > 0 && ', '}
                        <RefLink entityRef={ref} />
                      </span>
                    ))}
                  </>
                ) : (
                  'Nobody yet'
                ),
              ],
            }))}
          />
        ) : (
          <EmptyNote>
            No processes in scope yet, so there is no coverage to show: publish
            a scope, then fill in the skills matrix on the Handover tab.
          </EmptyNote>
        )}
      </div>
      <div>
        <ReportSubheading>Handover checklist</ReportSubheading>
        {view.items.length ? (
          <>
            <Typography variant="body2">
              {verified} of {plural(counted.length, 'item', 'items')} verified
              by the coach; {demonstrated} demonstrated by the team and awaiting
              verification.
              {retired > 0 &&
                ` ${plural(
                  retired,
                  'item is',
                  'items are',
                )} retired because their process left the scope, and not counted.`}
            </Typography>
            <ReportTable
              label="Handover checklist"
              columns={['Item', 'Category', 'Critical', 'Status', 'Evidence']}
              rows={view.items.map(item => ({
                key: item.id,
                cells: [
                  item.process
                    ? `${item.title} (${processName(item.process)})`
                    : item.title,
                  HANDOVER_CATEGORY_NAMES[item.category],
                  item.critical ? 'Critical' : 'No',
                  item.retiredAt
                    ? 'Retired: its process left the scope'
                    : HANDOVER_STATUS_NAMES[item.status],
                  item.evidence || '—',
                ],
              }))}
            />
          </>
        ) : (
          <EmptyNote>
            No checklist items yet: the built-in items are added when a scope is
            published, and a lead or coach can add their own.
          </EmptyNote>
        )}
      </div>
    </>
  );
};

/**
 * The handover: knowledge-transfer score with its bar, summit camp with the
 * camps drawn, whether the coach
 * can leave with every blocker, each process's coverage and the checklist
 * as a compact table.
 *
 * @internal
 */
export const HandoverSection = ({
  handover,
  processName,
}: HandoverSectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.handover} part={handover}>
    {view => <Handover view={view} processName={processName} />}
  </ReportPartSection>
);
