import {
  READY_SCORE,
  type SummitProgress as Summit,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import TerrainIcon from '@mui/icons-material/Terrain';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { processName as builtInName } from '../../../util/labels';
import { SectionPanel } from '../../shared';
import { describeCamp, KnowledgeTransferBar, SummitCamps } from '../../status';

/** @internal */
export type SummitProgressProps = {
  /** Knowledge-transfer score, 0–100. */
  score: number;
  summit: Summit;
  /** A process's name; the built-in names by default. */
  processName?: (id: string) => string;
};

/**
 * How far the handover has come: the knowledge-transfer score as a big
 * percentage with a bar marking the 80 % needed, and the progress towards
 * the scope's agreed targets drawn as a climb with its summit camps, the camp reached in words and
 * each process's share of the way.
 *
 * @internal
 */
export const SummitProgress = ({
  score,
  summit,
  processName = builtInName,
}: SummitProgressProps) => {
  const enough = score >= READY_SCORE;
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', md: 'minmax(220px, 1fr) 2fr' },
        // Grid items may shrink below their content, so nothing wide
        // inside pushes the tab sideways.
        '& > *': { minWidth: 0 },
      }}
    >
      <SectionPanel
        titleId="csip-handover-score"
        title="Knowledge-transfer score"
        headingComponent="h4"
        padding={2}
      >
        <Typography variant="h3" component="p" sx={{ my: 1 }}>
          {score} %
        </Typography>
        <KnowledgeTransferBar score={score} />
        <Stack direction="row" spacing={0.5} alignItems="center" sx={{ mt: 1 }}>
          {enough && (
            <CheckCircleOutlineIcon
              fontSize="small"
              color="success"
              aria-hidden
            />
          )}
          <Typography variant="body2" color="text.secondary">
            {enough
              ? `At or above the ${READY_SCORE} % the coach needs to leave.`
              : `${READY_SCORE} % is needed before the coach can leave. Items the team demonstrated and the coach verified count most.`}
          </Typography>
        </Stack>
      </SectionPanel>
      <SectionPanel
        titleId="csip-handover-summit"
        title="Summit progress"
        headingComponent="h4"
        icon={<TerrainIcon aria-hidden />}
        padding={2}
      >
        {summit.percent === null ? (
          <>
            <Typography variant="h3" component="p" sx={{ my: 1 }}>
              No targets yet
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Progress is measured from each in-scope process’s baseline to its
              target level. Publish a scope with target levels to start the
              climb.
            </Typography>
          </>
        ) : (
          <Stack spacing={1}>
            <Typography variant="h3" component="p" sx={{ mt: 1 }}>
              {summit.percent} %
            </Typography>
            <Typography variant="body2" color="text.secondary">
              of the way from the baseline levels to the agreed targets
            </Typography>
            <SummitCamps percent={summit.percent} />
            <Typography variant="body1" fontWeight="bold">
              {describeCamp(summit)}
            </Typography>
            {summit.processes.length > 0 && (
              <List dense disablePadding aria-label="Progress by process">
                {summit.processes.map(p => (
                  <ListItem key={p.process} disableGutters>
                    {processName(p.process)}: {p.percent} % of the way to its
                    target
                  </ListItem>
                ))}
              </List>
            )}
          </Stack>
        )}
      </SectionPanel>
    </Box>
  );
};
