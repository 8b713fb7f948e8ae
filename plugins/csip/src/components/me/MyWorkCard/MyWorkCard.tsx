import { InfoCard, Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { MyWork } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { rootRouteRef } from '../../../routes';
import { LoadState } from '../../shared';
import { AwaitingItem, MyActionItem } from '../MyWorkPanel/MyWorkItems';
import { ItemList } from '../MyWorkPanel/WorkSection';
import { useMyWork } from '../useMyWork';
import { MY_WORK_WIDGET } from './myWorkWidget';

/** How many actions and awaited agreements the card lists. */
const TOP = 3;

/** `n thing` or `n things`. */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The counts of the user's work, in one sentence each. */
function countsOf(work: MyWork): string[] {
  const overdue = work.actions.filter(a => a.overdue).length;
  return [
    `${count(work.actions.length, 'open action', 'open actions')}${
      overdue ? `, ${overdue} overdue` : ''
    }`,
    `${count(
      work.awaitingAgreement.length,
      'scope awaits',
      'scopes await',
    )} your agreement`,
    count(work.programmes.length, 'programme', 'programmes'),
  ];
}

/**
 * A short summary of the user's work for a home page card: the counts, the
 * most urgent actions and agreements, and a link to the CSIP page.
 *
 * @internal
 */
export const MyWorkSummary = ({
  work,
  csipHref,
}: {
  work: MyWork;
  /** The CSIP page, where it is mounted. */
  csipHref?: string;
}) => {
  const top = [
    ...work.actions
      .slice(0, TOP)
      .map(a => <MyActionItem key={`action-${a.id}`} action={a} />),
    ...work.awaitingAgreement
      .slice(0, TOP)
      .map(a => (
        <AwaitingItem
          key={`awaiting-${a.programmeId}-${a.versionNumber}`}
          item={a}
        />
      )),
  ];
  return (
    <Stack spacing={2}>
      <Box
        component="ul"
        aria-label="Your work in numbers"
        sx={{ m: 0, pl: 2.5 }}
      >
        {countsOf(work).map(text => (
          <Typography component="li" variant="body2" key={text}>
            {text}
          </Typography>
        ))}
      </Box>
      {top.length > 0 ? (
        <ItemList label="Most urgent">{top}</ItemList>
      ) : (
        <Typography variant="body2" color="text.secondary">
          Nothing needs you right now.
        </Typography>
      )}
      {csipHref && (
        <Typography variant="body2">
          <Link to={csipHref}>Open CSIP</Link>
        </Typography>
      )}
    </Stack>
  );
};

/**
 * The content of the "For you" home page card: the signed-in user's work
 * in short, loaded from the CSIP backend.
 *
 * @public
 */
export const MyWorkCard = () => {
  const work = useMyWork();
  const csipLink = useRouteRef(rootRouteRef);
  return (
    <LoadState state={work} errorTitle="Could not load your work">
      {value => <MyWorkSummary work={value} csipHref={csipLink?.()} />}
    </LoadState>
  );
};

/**
 * The "For you" card on the new frontend system's home page: the summary in
 * a card titled "For you".
 *
 * @internal
 */
export const MyWorkHomeCard = () => (
  <InfoCard title={MY_WORK_WIDGET.title}>
    <MyWorkCard />
  </InfoCard>
);
