import {
  CAPABILITY_LEVELS,
  computeLevel,
  levelledRatings,
  levelName,
  type ProcessDefinition,
  type Rating,
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
import { CriterionRow } from './CriterionRow';
import {
  withCoachRating,
  withLevelRated,
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
};

/** "12 not rated yet count as Not yet", or that every criterion is rated. */
export function describeUnrated(unrated: number): string {
  if (unrated === 0) return 'Every criterion is rated.';
  return `${unrated} not rated yet ${
    unrated === 1 ? 'counts' : 'count'
  } as Not yet.`;
}

/**
 * The criteria of one process grouped by capability level, each rated Not
 * yet / Partly / Largely / Fully by the coach and, optionally, by the team.
 * Shows live which level the ratings give by the ISO/IEC 33020 rule and
 * how many criteria are not rated yet; each level can be rated in one go.
 *
 * @internal
 */
export const RatingsTable = ({
  process,
  ratings,
  onChange,
  showTeam,
  onShowTeamChange,
}: RatingsTableProps) => {
  const id = useId();
  // Stable handlers read the latest ratings, so unchanged rows skip renders.
  const latest = useRef({ process, ratings, onChange });
  latest.current = { process, ratings, onChange };
  const onCoachChange = useCallback((criterionId: string, coach: Rating) => {
    const now = latest.current;
    now.onChange(withCoachRating(now.process, now.ratings, criterionId, coach));
  }, []);
  const onTeamChange = useCallback((criterionId: string, team: Rating) => {
    const now = latest.current;
    now.onChange(withTeamRating(now.process, now.ratings, criterionId, team));
  }, []);
  const byId = new Map(ratings.map(r => [r.criterionId, r]));
  const unrated = process.criteria.filter(c => !byId.has(c.id)).length;
  const level = computeLevel(levelledRatings(process.criteria, ratings));
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
                    <TableCell>Coach rating</TableCell>
                    {showTeam && <TableCell>Team rating</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {criteria.map(criterion => (
                    <CriterionRow
                      key={criterion.id}
                      criterion={criterion}
                      rating={byId.get(criterion.id)}
                      showTeam={showTeam}
                      idPrefix={id}
                      onCoachChange={onCoachChange}
                      onTeamChange={onTeamChange}
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
