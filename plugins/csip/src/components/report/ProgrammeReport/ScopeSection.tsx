import {
  levelName,
  type ScopeVersion,
  type ScopeView,
} from '@csip-coach/plugin-csip-common';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import {
  AGREEMENT_DECISION_NAMES,
  SCOPE_STATUS_NAMES,
} from '../../../util/labels';
import { FactList, RefLink } from '../../shared';
import { resourceFacts } from '../../scope/ScopeDetails';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_SECTIONS } from './reportSections';
import { ReportList } from './ReportList';
import { EmptyNote, ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';
import type { WithProcessNames } from './reportWords';

/** @internal */
export type ScopeSectionProps = WithProcessNames & {
  scope: ReportPart<{ view: ScopeView; versions: ScopeVersion[] }>;
};

const CurrentScope = ({
  view,
  versions,
  processName,
}: {
  view: ScopeView;
  versions: ScopeVersion[];
} & WithProcessNames) => {
  const current = view.current;
  if (!current) {
    return (
      <EmptyNote>
        No scope published yet. The lead and coach publish a scope version on
        the Scope tab, with the processes to improve and their targets; then
        every sponsor agrees it.
      </EmptyNote>
    );
  }
  return (
    <>
      <FactList
        facts={[
          {
            term: 'Current version',
            value: (
              <>
                Version {current.number}, published by{' '}
                <RefLink entityRef={current.publishedBy} /> on{' '}
                {formatDateTime(current.publishedAt)}
              </>
            ),
          },
          { term: 'Status', value: SCOPE_STATUS_NAMES[view.status] },
        ]}
      />
      <div>
        <ReportSubheading>Processes in scope</ReportSubheading>
        <ReportTable
          label="Processes in scope"
          columns={['Process', 'Baseline level', 'Target level', 'Target date']}
          rows={current.processes.map(p => ({
            key: p.process,
            cells: [
              processName(p.process),
              levelName(p.baselineLevel),
              levelName(p.targetLevel),
              formatDate(p.targetDate),
            ],
          }))}
        />
      </div>
      <ReportList
        title="Objectives"
        items={current.objectives}
        empty="No objectives listed."
      />
      <ReportList
        title="Out of scope"
        items={current.outOfScope}
        empty="Nothing is listed as out of scope."
      />
      <div>
        <ReportSubheading>Milestones</ReportSubheading>
        {current.milestones.length ? (
          <ReportTable
            label="Milestones"
            columns={['Milestone', 'Date']}
            rows={current.milestones.map((m, i) => ({
              key: String(i),
              cells: [m.title, formatDate(m.date)],
            }))}
          />
        ) : (
          <EmptyNote>No milestones listed.</EmptyNote>
        )}
      </div>
      <div>
        <ReportSubheading>Resources and cost estimate</ReportSubheading>
        <FactList facts={resourceFacts(current.resources)} />
      </div>
      <ReportList
        title="Assumptions"
        items={current.assumptions}
        empty="No assumptions listed."
      />
      <div>
        <ReportSubheading>Agreement</ReportSubheading>
        {view.approvers.length ? (
          <ReportTable
            label="Agreement"
            columns={['Approver', 'Decision', 'When', 'Comment']}
            rows={view.approvers.map(a => ({
              key: a.userRef,
              cells: [
                <RefLink entityRef={a.userRef} />,
                AGREEMENT_DECISION_NAMES[a.decision ?? 'undecided'],
                a.at ? formatDateTime(a.at) : '—',
                a.comment || '—',
              ],
            }))}
          />
        ) : (
          <EmptyNote>
            Nobody has to agree this version yet: add a sponsor to the
            programme, who agrees the scope.
          </EmptyNote>
        )}
      </div>
      {versions.length > 0 && (
        <div>
          <ReportSubheading>Version history</ReportSubheading>
          <ReportTable
            label="Scope version history"
            columns={['Version', 'Published by', 'Published on']}
            rows={[...versions]
              .sort((a, b) => b.number - a.number)
              .map(v => ({
                key: String(v.number),
                cells: [
                  `Version ${v.number}${
                    v.number === current.number ? ' (current)' : ' (superseded)'
                  }`,
                  <RefLink entityRef={v.publishedBy} />,
                  formatDateTime(v.publishedAt),
                ],
              }))}
          />
        </div>
      )}
    </>
  );
};

/**
 * The current scope version: processes with baseline, target and date,
 * objectives, exclusions, milestones, resources and assumptions, its
 * status and who agreed it when, and the versions before it.
 *
 * @internal
 */
export const ScopeSection = ({ scope, processName }: ScopeSectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.scope} part={scope}>
    {({ view, versions }) => (
      <CurrentScope view={view} versions={versions} processName={processName} />
    )}
  </ReportPartSection>
);
