import type { Action, ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import ScheduleIcon from '@mui/icons-material/Schedule';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { APPROACH_NAMES } from '../../../util/labels';
import { PhaseLabel } from '../../shared';
import { ScopeStatusChip } from '../../scope/ScopeTab/ScopeTab';
import {
  describeSummitInShort,
  KnowledgeTransferBar,
  LevelVsTargetChart,
  levelVsTargetRows,
  SummitCamps,
} from '../../status';
import { Figure } from './Figure';
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
 * Where one programme stands, as a description list: its phase, scope
 * status, each process's level against its target as a bar chart (compact
 * on the card, with the words under it otherwise) and whether the coach
 * could leave; unless compact, also the approach, the knowledge-transfer
 * score with its bar, summit progress with the camps drawn and overdue
 * actions. Each
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
                    <>
                      <Typography variant="body2">{value.score} %</Typography>
                      <KnowledgeTransferBar score={value.score} compact />
                    </>
                  )}
                </Loaded>
              </Figure>
              <Figure term="Summit progress">
                <Loaded state={handover} what="the handover">
                  {value => (
                    <>
                      <Typography variant="body2">
                        {describeSummitInShort(value.summit)}
                      </Typography>
                      {value.summit.percent !== null && (
                        <SummitCamps percent={value.summit.percent} />
                      )}
                    </>
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
            <LevelVsTargetChart
              rows={levelVsTargetRows(value)}
              label={`Levels against targets of ${programme.title}`}
              compact={compact}
              words={compact ? 'hidden' : 'visible'}
            />
          )}
        </Loaded>
      </Figure>
    </Box>
  );
};
