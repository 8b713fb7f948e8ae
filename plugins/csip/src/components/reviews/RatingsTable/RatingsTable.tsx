import {
  CAPABILITY_LEVELS,
  computeLevel,
  describeEvidenceCoverage,
  evidenceCoverage,
  levelledRatings,
  levelName,
  levelsWithoutApplicableCriteria,
  type CoachRating,
  type ProcessDefinition,
  type Rating,
  type RatingEvidence,
  type ReviewRating,
} from '@csip-coach/plugin-csip-common';
import InfoOutlinedIcon from '@mui/icons-material/InfoOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useId, useRef } from 'react';
import type { FieldErrors } from '../../../util/formIssues';
import { CriterionRow } from './CriterionRow';
import {
  withCoachRating,
  withLevelRated,
  withRatingDetails,
  withTeamRating,
} from './ratingChanges';

/** @internal */
export type RatingsTableProps = {
  process: ProcessDefinition;
  ratings: ReviewRating[];
  onChange: (ratings: ReviewRating[]) => void;
  /** Whether the team's self-rating column is shown. */
  showTeam: boolean;
  onShowTeamChange: (showTeam: boolean) => void;
  /** Errors of the whole form, keyed like `ratings.3.naReason`. */
  errors?: FieldErrors;
};

/** "12 not rated yet count as Not yet", or that every criterion is rated. */
export function describeUnrated(unrated: number): string {
  if (unrated === 0) return 'Every criterion is rated.';
  return `${unrated} not rated yet ${
    unrated === 1 ? 'counts' : 'count'
  } as Not yet.`;
}

/**
 * The form's errors about each rating, by the rating's index, such as
 * `ratings.3.naReason` under 3; ratings without errors have no entry, so
 * their rows keep their props and skip renders.
 */
function errorsByRating(errors?: FieldErrors): Map<number, FieldErrors> {
  const byIndex = new Map<number, FieldErrors>();
  for (const [field, message] of Object.entries(errors ?? {})) {
    const match = /^ratings\.(\d+)\./.exec(field);
    if (!match) continue;
    const index = Number(match[1]);
    byIndex.set(index, { ...byIndex.get(index), [field]: message });
  }
  return byIndex;
}

/**
 * What the criteria rated Not applicable do to the level: "2 criteria not
 * applicable are left out of the level", and each level they empty.
 */
export function describeNotApplicable(
  notApplicable: number,
  emptyLevels: readonly number[],
): string[] {
  if (notApplicable === 0) return [];
  return [
    `${notApplicable} ${
      notApplicable === 1 ? 'criterion' : 'criteria'
    } not applicable ${
      notApplicable === 1 ? 'is' : 'are'
    } left out: the level comes from the applicable criteria.`,
    ...emptyLevels.map(
      level =>
        `Level ${levelName(
          level,
        )} has no applicable criterion, so it cannot be reached.`,
    ),
  ];
}

/**
 * The criteria of one process grouped by capability level, each rated Not
 * yet / Partly / Largely / Fully or N/A (with why) by the coach, with the
 * evidence behind each rating, and, optionally, rated by the team. Shows
 * live which level the applicable criteria give by the ISO/IEC 33020 rule,
 * how many criteria are not rated yet and how many ratings have evidence;
 * each level can be rated in one go.
 *
 * @internal
 */
export const RatingsTable = ({
  process,
  ratings,
  onChange,
  showTeam,
  onShowTeamChange,
  errors,
}: RatingsTableProps) => {
  const id = useId();
  // Stable handlers read the latest ratings, so unchanged rows skip renders.
  const latest = useRef({ process, ratings, onChange });
  latest.current = { process, ratings, onChange };
  const onCoachChange = useCallback(
    (criterionId: string, coach: CoachRating) => {
      const now = latest.current;
      now.onChange(
        withCoachRating(now.process, now.ratings, criterionId, coach),
      );
    },
    [],
  );
  const onNaReasonChange = useCallback(
    (criterionId: string, naReason: string) => {
      const now = latest.current;
      now.onChange(
        withRatingDetails(now.process, now.ratings, criterionId, { naReason }),
      );
    },
    [],
  );
  const onEvidenceChange = useCallback(
    (criterionId: string, evidence: RatingEvidence[]) => {
      const now = latest.current;
      now.onChange(
        withRatingDetails(now.process, now.ratings, criterionId, { evidence }),
      );
    },
    [],
  );
  const onTeamChange = useCallback((criterionId: string, team: Rating) => {
    const now = latest.current;
    now.onChange(withTeamRating(now.process, now.ratings, criterionId, team));
  }, []);
  const byId = new Map(ratings.map(r => [r.criterionId, r]));
  const indexOf = new Map(ratings.map((r, i) => [r.criterionId, i]));
  const rowErrors = errorsByRating(errors);
  const unrated = process.criteria.filter(c => !byId.has(c.id)).length;
  const levelled = levelledRatings(process.criteria, ratings);
  const level = computeLevel(levelled);
  const notApplicable = describeNotApplicable(
    levelled.filter(r => r.rating === 'NA').length,
    levelsWithoutApplicableCriteria(levelled),
  );
  const teamRated = ratings.filter(r => r.team).length;
  const teamLevel = computeLevel(
    levelledRatings(process.criteria, ratings, 'team'),
  );
  const levels = CAPABILITY_LEVELS.filter(l =>
    process.criteria.some(c => c.level === l.level),
  );

  return (
    <Stack spacing={3}>
      <Box
        role="status"
        sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
      >
        <InfoOutlinedIcon color="info" aria-hidden />
        <Box>
          <Typography variant="body1">
            These ratings give level {levelName(level)}.
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {describeUnrated(unrated)}
          </Typography>
          {notApplicable.map(line => (
            <Typography key={line} variant="body2" color="text.secondary">
              {line}
            </Typography>
          ))}
          <Typography variant="body2" color="text.secondary">
            {describeEvidenceCoverage(evidenceCoverage(ratings))}.
          </Typography>
          {showTeam && (
            <Typography variant="body2" color="text.secondary">
              {teamRated === 0
                ? 'The team has not rated any criterion yet.'
                : `The team’s ratings give level ${levelName(teamLevel)}.`}
            </Typography>
          )}
        </Box>
      </Box>
      <FormControlLabel
        control={
          <Switch
            checked={showTeam}
            onChange={e => onShowTeamChange(e.target.checked)}
          />
        }
        label="Add the team’s self-rating"
      />
      {showTeam && (
        <Typography variant="body2" color="text.secondary">
          Ask the team to rate each criterion themselves; the gap to your
          ratings is a good start for a conversation. A team rating of a
          criterion you have not rated yet rates it Not yet for you until you
          change it.
        </Typography>
      )}
      {levels.map(({ level: at, description }) => {
        const criteria = process.criteria.filter(c => c.level === at);
        const rated = criteria.filter(c => byId.has(c.id)).length;
        const headingId = `${id}-level-${at}`;
        return (
          <Box component="section" key={at} aria-labelledby={headingId}>
            <Typography id={headingId} variant="subtitle1" component="h5">
              Level {levelName(at)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {description}
            </Typography>
            <Box
              sx={{
                display: 'flex',
                gap: 1,
                alignItems: 'center',
                flexWrap: 'wrap',
                mt: 1,
              }}
            >
              <Typography variant="body2" sx={{ mr: 1 }}>
                {rated} of {criteria.length} rated
              </Typography>
              <Button
                size="small"
                variant="outlined"
                aria-label={`Rate all Fully, level ${at}`}
                onClick={() =>
                  onChange(withLevelRated(process, ratings, at, 'F'))
                }
              >
                Rate all Fully
              </Button>
              <Button
                size="small"
                aria-label={`Rate all Not yet, level ${at}`}
                onClick={() =>
                  onChange(withLevelRated(process, ratings, at, 'N'))
                }
              >
                Rate all Not yet
              </Button>
            </Box>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-labelledby={headingId}>
                <TableHead>
                  <TableRow>
                    <TableCell>Criterion</TableCell>
                    <TableCell>Coach rating and evidence</TableCell>
                    {showTeam && <TableCell>Team rating</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {criteria.map(criterion => (
                    <CriterionRow
                      key={criterion.id}
                      criterion={criterion}
                      rating={byId.get(criterion.id)}
                      ratingIndex={indexOf.get(criterion.id) ?? -1}
                      errors={rowErrors.get(indexOf.get(criterion.id) ?? -1)}
                      showTeam={showTeam}
                      idPrefix={id}
                      onCoachChange={onCoachChange}
                      onTeamChange={onTeamChange}
                      onNaReasonChange={onNaReasonChange}
                      onEvidenceChange={onEvidenceChange}
                    />
                  ))}
                </TableBody>
              </Table>
            </Box>
          </Box>
        );
      })}
    </Stack>
  );
};
