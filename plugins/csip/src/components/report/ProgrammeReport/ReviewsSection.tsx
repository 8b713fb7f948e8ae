import {
  EVIDENCE_SOURCE_NAMES,
  LED_BY_NAMES,
  levelName,
  type Review,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import { formatDate } from '../../../util/formatDate';
import { FactList, RefLink } from '../../shared';
import type { ReportPart } from './loadReport';
import { ReportPartSection } from './ReportPartSection';
import { REPORT_SECTIONS } from './reportSections';
import { ReportList } from './ReportList';
import { EmptyNote, keepTogether, ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';
import { ReviewRatingNotes } from './ReviewRatingNotes';
import { SuggestionsByArea } from '../../reviews/SuggestionsByArea';
import { latestReviewPerProcess, type WithProcessNames } from './reportWords';

/** @internal */
export type ReviewsSectionProps = WithProcessNames & {
  reviews: ReportPart<Review[]>;
  /** The processes in scope, in the scope's order. */
  processes: string[];
};

const ReviewSummary = ({
  review,
  processName,
}: {
  review: Review;
} & WithProcessNames) => {
  const name = processName(review.process);
  const facts = [
    {
      term: 'Level',
      value: review.level === undefined ? '—' : levelName(review.level),
    },
    { term: 'Led by', value: LED_BY_NAMES[review.ledBy] },
    {
      term: 'Participants',
      value: review.participants.join(', ') || 'None recorded',
    },
    {
      term: 'Evidence',
      value:
        review.evidence.map(e => EVIDENCE_SOURCE_NAMES[e]).join(', ') ||
        'None recorded',
    },
  ];
  if (review.amends) {
    facts.push({
      term: 'Amendment',
      value: `Corrects an earlier review${
        review.amendmentReason ? `: ${review.amendmentReason}` : ''
      }`,
    });
  }
  return (
    <Box
      component="article"
      aria-label={`${name} review of ${formatDate(review.date)}`}
      sx={{ ...keepTogether, display: 'grid', gap: 1.5 }}
    >
      <ReportSubheading>
        {name}: review of {formatDate(review.date)}
      </ReportSubheading>
      <FactList facts={facts} />
      {[
        {
          title: 'Strengths — what is working',
          short: 'Strengths',
          items: review.strengths,
          empty: 'No strengths recorded.',
        },
        {
          title: 'Observations',
          items: review.observations,
          empty: 'No observations recorded.',
        },
      ].map(({ short, ...list }) => (
        <ReportList
          key={list.title}
          level={5}
          label={`${short ?? list.title} — ${name}`}
          {...list}
        />
      ))}
      <ReviewRatingNotes review={review} name={name} />
      {review.suggestions.some(s => s.area) ? (
        <div>
          <ReportSubheading level={5}>Growth suggestions</ReportSubheading>
          <SuggestionsByArea
            suggestions={review.suggestions}
            headingComponent="h6"
          />
        </div>
      ) : (
        <ReportList
          level={5}
          title="Growth suggestions"
          label={`Growth suggestions — ${name}`}
          items={review.suggestions.map(s =>
            [
              `${s.technique}: ${s.advice}`,
              s.why && `Why: ${s.why}`,
              s.evidence && `What we saw: ${s.evidence}`,
              s.expectedImprovement &&
                `Expected improvement: ${s.expectedImprovement}`,
            ]
              .filter(Boolean)
              .join(' '),
          )}
          empty="No growth suggestions recorded."
        />
      )}
      <div>
        <ReportSubheading level={5}>Agreed actions</ReportSubheading>
        {review.actions.length ? (
          <ReportTable
            label={`Agreed actions — ${name}`}
            columns={['Action', 'Owner', 'Measure of done', 'Due date']}
            rows={review.actions.map((a, i) => ({
              key: String(i),
              cells: [
                a.description,
                <RefLink entityRef={a.owner} />,
                a.measure,
                formatDate(a.dueDate),
              ],
            }))}
          />
        ) : (
          <EmptyNote>No actions agreed in this review.</EmptyNote>
        )}
      </div>
    </Box>
  );
};

const LatestReviews = ({
  reviews,
  processes,
  processName,
}: {
  reviews: Review[];
  processes: string[];
} & WithProcessNames) => {
  const latest = latestReviewPerProcess(reviews, processes);
  if (!latest.length) {
    return (
      <EmptyNote>
        No published reviews yet. The coach reviews each process in scope with
        the team on the Reviews tab; once published, the latest review of each
        process appears here.
      </EmptyNote>
    );
  }
  const unreviewed = processes.filter(p => !latest.some(r => r.process === p));
  return (
    <>
      {latest.map(review => (
        <ReviewSummary
          key={review.id}
          review={review}
          processName={processName}
        />
      ))}
      {unreviewed.map(p => (
        <EmptyNote key={p}>
          {processName(p)}: no published review yet.
        </EmptyNote>
      ))}
    </>
  );
};

/**
 * The latest published review of each process (amendments replace what
 * they correct; drafts are left out): what is working first, then
 * observations, the criteria not applicable with why and the evidence
 * behind the ratings, growth suggestions (grouped by action area when they
 * have one, with why, what we saw and the improvement expected) and the
 * agreed actions.
 *
 * @internal
 */
export const ReviewsSection = ({
  reviews,
  processes,
  processName,
}: ReviewsSectionProps) => (
  <ReportPartSection {...REPORT_SECTIONS.reviews} part={reviews}>
    {items => (
      <LatestReviews
        reviews={items}
        processes={processes}
        processName={processName}
      />
    )}
  </ReportPartSection>
);
