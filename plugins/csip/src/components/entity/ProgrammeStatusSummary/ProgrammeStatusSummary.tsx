import {
  SUMMIT_CAMP_NAMES,
  type Action,
  type ProgrammeSummary,
  type SummitProgress,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { APPROACH_NAMES } from '../../../util/labels';
import { PhaseLabel } from '../../shared';
import { ScopeStatusChip } from '../../scope/ScopeTab/ScopeTab';
import { Figure } from './Figure';
import { LevelsVsTargets } from './LevelsVsTargets';
import { Loaded } from './Loaded';
import { ReadinessWords } from './ReadinessWords';
import { useProgrammeStatus } from './useProgrammeStatus';

/**
 * The props of a view of one programme on an entity's pages.
 *
 * @internal
 */
export type EntityProgrammeProps = { programme: ProgrammeSummary };

/** @internal */
export type ProgrammeStatusSummaryProps = {
  programme: ProgrammeSummary;
  /**
   * Only phase, scope, levels vs targets and readiness, for the entity
   * overview card; otherwise also the approach, knowledge-transfer score,
   * summit progress and overdue actions.
   */
  compact?: boolean;
};

function describeSummit(summit: SummitProgress): string {
  if (summit.percent === null) return 'No targets yet';
  return `${SUMMIT_CAMP_NAMES[summit.camp]}, ${
    summit.percent
  } % of the way to the targets`;
}

function describeOverdue(count: number): string {
  if (count === 0) return 'No overdue actions';
  return `${count} overdue ${count === 1 ? 'action' : 'actions'}`;
}

const OverdueWords = ({ actions }: { actions: Action[] }) => {
  const count = actions.filter(a => a.overdue).length;
  return (
    <Stack direction="row" spacing={0.75} alignItems="center">
      {count ? (
        <ScheduleIcon fontSize="small" color="warning" aria-hidden />
      ) : (
        <CheckCircleOutlineIcon fontSize="small" color="success" aria-hidden />
      )}
      <Typography variant="body2">{describeOverdue(count)}</Typography>
    </Stack>
  );
};

/**
 * Where one programme stands, in words, as a description list: its phase,
 * scope status, each process's level against its target and whether the
 * coach could leave; unless compact, also the approach, the
 * knowledge-transfer score, summit progress and overdue actions. Each
 * figure loads on its own and shows its own error.
 *
 * @internal
 */
export const ProgrammeStatusSummary = ({
  programme,
  compact = false,
}: ProgrammeStatusSummaryProps) => {
  const { maturity, handover, scope, actions } = useProgrammeStatus(
    programme.id,
    compact,
  );
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gap: compact ? 1.5 : 2,
        gridTemplateColumns: compact
          ? '1fr'
          : { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(4, 1fr)' },
      }}
    >
      <Figure term="Phase">
        <PhaseLabel phase={programme.phase} />
      </Figure>
      {!compact && (
        <Figure term="Approach">
          <Typography variant="body2">
            {programme.approach
              ? APPROACH_NAMES[programme.approach]
              : 'Not decided yet'}
          </Typography>
        </Figure>
      )}
      <Figure term="Scope">
        <Loaded state={scope} what="the scope">
          {value => <ScopeStatusChip status={value.status} />}
        </Loaded>
      </Figure>
      <Figure term="Readiness">
        <Loaded state={handover} what="the handover">
          {value => <ReadinessWords readiness={value.readiness} />}
        </Loaded>
      </Figure>
      {!compact && (
        <>
          {/* A failed handover shows once, under Readiness. */}
          {!handover.error && (
            <>
              <Figure term="Knowledge-transfer score">
                <Loaded state={handover} what="the handover">
                  {value => (
                    <Typography variant="body2">{value.score} %</Typography>
                  )}
                </Loaded>
              </Figure>
              <Figure term="Summit progress">
                <Loaded state={handover} what="the handover">
                  {value => (
                    <Typography variant="body2">
                      {describeSummit(value.summit)}
                    </Typography>
                  )}
                </Loaded>
              </Figure>
            </>
          )}
          <Figure term="Overdue actions">
            <Loaded state={actions} what="the actions">
              {value => <OverdueWords actions={value} />}
            </Loaded>
          </Figure>
        </>
      )}
      <Figure term="Levels against targets" wide>
        <Loaded state={maturity} what="the levels">
          {value => (
            <LevelsVsTargets
              maturity={value}
              label={`Levels against targets of ${programme.title}`}
            />
          )}
        </Loaded>
      </Figure>
    </Box>
  );
};
