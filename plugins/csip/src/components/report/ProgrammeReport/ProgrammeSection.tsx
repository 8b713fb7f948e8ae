import type { Decision, Programme } from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import {
  APPROACH_DESCRIPTIONS,
  APPROACH_NAMES,
  DRIVER_DESCRIPTIONS,
  DRIVER_NAMES,
  PHASE_NAMES,
  ROLE_NAMES,
  VISIBILITY_NAMES,
} from '../../../util/labels';
import { ProvenanceNote } from '../../shared';
import { FactList, RefLink } from '../../shared';
import type { ReportPart } from './loadReport';
import { PartOrError } from './PartOrError';
import { ReportList } from './ReportList';
import { EmptyNote, ReportSection, ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';
import { latestDecision, membersByRole } from './reportWords';

/** @internal */
export type ProgrammeSectionProps = {
  programme: Programme;
  decisions: ReportPart<Decision[]>;
};

/** A list of people as links to their catalog pages, separated by commas. */
const People = ({ refs }: { refs: string[] }) => (
  <>
    {refs.map((ref, i) => (
      <span key={ref}>
        {i > 0 && ', '}
        <RefLink entityRef={ref} />
      </span>
    ))}
  </>
);

const Approach = ({
  programme,
  decisions,
}: {
  programme: Programme;
  decisions: Decision[];
}) => {
  const decision = latestDecision(decisions);
  const approach = programme.approach ?? decision?.approach;
  if (!approach) {
    return (
      <EmptyNote>
        Not decided yet: answer the readiness questions on the Approach tab and
        record a decision.
      </EmptyNote>
    );
  }
  const facts = [
    {
      term: 'Approach',
      value: `${APPROACH_NAMES[approach]}: ${APPROACH_DESCRIPTIONS[approach]}`,
    },
  ];
  if (decision) {
    facts.push({
      term: 'Why',
      value: decision.rationale || 'No rationale recorded.',
    });
    if (decision.recommended) {
      facts.push({
        term: 'Recommended by the readiness questions',
        value: APPROACH_NAMES[decision.recommended],
      });
    }
    if (decision.revisitOn) {
      facts.push({ term: 'Revisit on', value: formatDate(decision.revisitOn) });
    }
  }
  return (
    <>
      <FactList facts={facts} />
      {decision && (
        <Typography variant="body2">
          Decided by <RefLink entityRef={decision.decidedBy} /> on{' '}
          {formatDateTime(decision.decidedAt)}
          {decisions.length > 1
            ? ` (the latest of ${decisions.length} decisions).`
            : '.'}
        </Typography>
      )}
    </>
  );
};

/**
 * What the programme is: owner, phase, driver, where it came from when it
 * was imported (provenance), the implementation approach
 * with the latest decision's rationale, the vision, the business drivers
 * and the members by role.
 *
 * @internal
 */
export const ProgrammeSection = ({
  programme,
  decisions,
}: ProgrammeSectionProps) => (
  <ReportSection id="csip-report-programme" title="The programme">
    <FactList
      facts={[
        { term: 'Owner', value: <RefLink entityRef={programme.ownerRef} /> },
        {
          term: 'Phase',
          value: `${PHASE_NAMES[programme.phase]}${
            programme.archived ? ' (archived: kept for its history)' : ''
          }`,
        },
        {
          term: 'Driver',
          value: `${DRIVER_NAMES[programme.driver]}: ${
            DRIVER_DESCRIPTIONS[programme.driver]
          }`,
        },
        ...(programme.provenance
          ? [
              {
                term: 'Provenance',
                value: (
                  <ProvenanceNote plain provenance={programme.provenance} />
                ),
              },
            ]
          : []),
      ]}
    />
    <div>
      <ReportSubheading>Implementation approach</ReportSubheading>
      <PartOrError part={decisions} what="the approach decisions">
        {items => <Approach programme={programme} decisions={items} />}
      </PartOrError>
    </div>
    <div>
      <ReportSubheading>Vision</ReportSubheading>
      {programme.vision ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
          {programme.vision}
        </Typography>
      ) : (
        <EmptyNote>
          No vision recorded yet: say why the programme exists and what will be
          better for the business.
        </EmptyNote>
      )}
    </div>
    <div>
      <ReportSubheading>Business drivers</ReportSubheading>
      <ReportList
        label="Business drivers"
        items={programme.businessDrivers.map(
          d => `${VISIBILITY_NAMES[d.visibility]}: ${d.text}`,
        )}
        empty="No business drivers recorded yet: name what the business wants, both the obvious drivers and the hidden ones."
      />
    </div>
    <div>
      <ReportSubheading>Members by role</ReportSubheading>
      <ReportTable
        label="Members by role"
        columns={['Role', 'People']}
        rows={membersByRole(programme.members).map(({ role, people }) => ({
          key: role,
          cells: [
            ROLE_NAMES[role],
            people.length ? <People refs={people} /> : 'Nobody yet',
          ],
        }))}
      />
    </div>
  </ReportSection>
);
