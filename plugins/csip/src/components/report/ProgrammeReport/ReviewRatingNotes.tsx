import {
  COACH_RATING_LABELS,
  describeEvidenceCoverage,
  evidenceCoverage,
  type Review,
} from '@csip-coach/plugin-csip-common';
import Typography from '@mui/material/Typography';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { RatingEvidenceList } from '../../reviews/RatingEvidenceList';
import { ReportSubheading } from './ReportSection';
import { ReportTable } from './ReportTable';

/** @internal */
export type ReviewRatingNotesProps = {
  review: Pick<Review, 'process' | 'ratings'>;
  /** The process's name, which names the table. */
  name: string;
};

/**
 * The criteria of a review that are not applicable, with why, and those
 * whose rating has evidence, with the evidence; first how many ratings
 * have evidence. Nothing when no rating has either. Criteria are named by
 * their text once the maturity model is loaded, by their id until then.
 *
 * @internal
 */
export const ReviewRatingNotes = ({ review, name }: ReviewRatingNotesProps) => {
  const model = useMaturityModel();
  const noted = review.ratings.filter(
    r => r.coach === 'NA' || r.evidence?.length,
  );
  if (!noted.length) return null;
  const criteria = model.value?.processes.find(
    p => p.id === review.process,
  )?.criteria;
  const textOf = (id: string) => criteria?.find(c => c.id === id)?.text;
  return (
    <div>
      <ReportSubheading level={5}>Not applicable and evidence</ReportSubheading>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {describeEvidenceCoverage(evidenceCoverage(review.ratings))}. Criteria
        not applicable are left out of the level.
      </Typography>
      <ReportTable
        label={`Not applicable and evidence — ${name}`}
        columns={['Criterion', 'Rating', 'Why not applicable, and evidence']}
        rows={noted.map(r => {
          const text = textOf(r.criterionId);
          return {
            key: r.criterionId,
            cells: [
              text ? `${text} (${r.criterionId})` : r.criterionId,
              COACH_RATING_LABELS[r.coach],
              <>
                {r.naReason && (
                  <Typography variant="body2">Why: {r.naReason}</Typography>
                )}
                <RatingEvidenceList
                  evidence={r.evidence ?? []}
                  label={`Evidence for ${text ?? r.criterionId}`}
                />
              </>,
            ],
          };
        })}
      />
    </div>
  );
};
