import { LED_BY_NAMES, type FadeOut } from '@csip-coach/plugin-csip-common';
import GroupsOutlinedIcon from '@mui/icons-material/GroupsOutlined';
import HandshakeOutlinedIcon from '@mui/icons-material/HandshakeOutlined';
import PersonOutlineIcon from '@mui/icons-material/PersonOutline';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDate } from '../../../util/formatDate';
import { processName as builtInName } from '../../../util/labels';
import { SectionPanel } from '../../shared';

/** @internal */
export type CoachFadeOutProps = {
  fadeOut: FadeOut;
  /** A process's name; the built-in names by default. */
  processName?: (id: string) => string;
};

type LedBy = FadeOut['trend'][number]['ledBy'];

const LED_BY_ICONS: Record<LedBy, JSX.Element> = {
  coach: <PersonOutlineIcon fontSize="small" aria-hidden />,
  'co-led': <HandshakeOutlinedIcon fontSize="small" aria-hidden />,
  team: <GroupsOutlinedIcon fontSize="small" aria-hidden />,
};

const percent = (share: number) => `${Math.round(share * 100)} %`;

const reviewsText = (n: number) => `${n} review${n === 1 ? '' : 's'}`;

/** Who actually ran the reviews, in words. */
function ranByText(ranBy: FadeOut['ranBy']): string {
  const team =
    ranBy.team === 0
      ? 'none yet by the team on its own'
      : `${reviewsText(ranBy.team)} run and recorded by the team on its own`;
  return `Who ran them: ${reviewsText(
    ranBy.coach,
  )} recorded by a coach; ${team}.`;
}

/** A share as a small bar; the percentage beside it says the same in words. */
const ShareBar = ({ share }: { share: number }) => (
  <Box
    aria-hidden
    sx={{
      width: 80,
      height: 8,
      borderRadius: 4,
      bgcolor: 'action.hover',
      border: 1,
      borderColor: 'divider',
      overflow: 'hidden',
    }}
  >
    <Box
      sx={{ width: `${share * 100}%`, height: '100%', bgcolor: 'primary.main' }}
    />
  </Box>
);

/**
 * How far the coach has stepped back: the share of each process's latest
 * review that the team led or co-led, and the latest published reviews
 * (the last 12) with who led each and the team-led share of the last
 * three so far.
 *
 * @internal
 */
export const CoachFadeOut = ({
  fadeOut,
  processName = builtInName,
}: CoachFadeOutProps) => (
  <SectionPanel
    titleId="csip-handover-fade-out"
    title="Coach fade-out"
    headingComponent="h4"
    padding={2}
    spacing={2}
  >
    {fadeOut.share === null ? (
      <Typography variant="body1">
        No published reviews yet. Once reviews are published this shows how many
        the team leads itself; the team should lead or co-lead the latest review
        of every process before the coach leaves.
      </Typography>
    ) : (
      <Typography variant="body1" fontWeight="bold">
        Coach fade-out: {percent(fadeOut.share)} of the latest reviews were led
        by the team or co-led
      </Typography>
    )}
    {fadeOut.share !== null && (
      <Typography variant="body2">{ranByText(fadeOut.ranBy)}</Typography>
    )}
    {fadeOut.trend.length > 0 && (
      <TableContainer>
        <Table size="small" aria-label="Who led each review">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Process</TableCell>
              <TableCell>Who led it</TableCell>
              <TableCell>Led by the team or co-led, last three</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {fadeOut.trend.map((t, index) => (
              <TableRow key={`${t.date}-${t.process}-${index}`}>
                <TableCell>{formatDate(t.date)}</TableCell>
                <TableCell>{processName(t.process)}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} alignItems="center">
                    {LED_BY_ICONS[t.ledBy]}
                    <span>{LED_BY_NAMES[t.ledBy]}</span>
                  </Stack>
                </TableCell>
                <TableCell>
                  <Stack direction="row" spacing={1} alignItems="center">
                    <ShareBar share={t.share} />
                    <span>{percent(t.share)}</span>
                  </Stack>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    )}
    {fadeOut.trendTotal > fadeOut.trend.length && (
      <Typography variant="body2" color="text.secondary">
        Showing the last {fadeOut.trend.length} of {fadeOut.trendTotal} reviews;
        the Reviews tab lists them all.
      </Typography>
    )}
  </SectionPanel>
);
