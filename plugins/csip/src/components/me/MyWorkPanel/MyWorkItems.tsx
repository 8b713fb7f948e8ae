import { Link } from '@backstage/core-components';
import {
  describeDue,
  type AwaitingAgreement,
  type MyAction,
  type MyFollowUp,
  type MyProgramme,
} from '@csip-coach/plugin-csip-common';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../util/formatDate';
import { ROLE_NAMES } from '../../../util/labels';
import { ChipRow, PhaseLabel, RefLink, StatusChip } from '../../shared';
import { FollowUpStatusChip } from '../../coaching';
import { MyActionChip } from './MyActionChip';
import { type ProgrammeTab, useProgrammeHref } from './myWorkLinks';

/** `text` as a link to a programme's page or tab, or plain where there is no page. */
const ProgrammeLink = ({
  programmeId,
  tab,
  children,
}: {
  programmeId: string;
  tab?: ProgrammeTab;
  children: ReactNode;
}) => {
  const href = useProgrammeHref();
  return href ? (
    <Link to={href(programmeId, tab)} underline="always">
      {children}
    </Link>
  ) : (
    <>{children}</>
  );
};

/**
 * One of the user's actions: what it is, linked to its programme's Actions
 * tab where it is updated; the programme; when it is due, in words; and an
 * overdue or due-soon mark.
 *
 * @internal
 */
export const MyActionItem = ({ action }: { action: MyAction }) => (
  <Stack spacing={0.5} alignItems="flex-start">
    <Typography variant="body1" component="span">
      <ProgrammeLink programmeId={action.programmeId} tab="actions">
        {action.description}
      </ProgrammeLink>
    </Typography>
    <Typography variant="body2" color="text.secondary" component="span">
      {action.programmeTitle} · Due {formatDate(action.dueDate)} (
      {describeDue(action)})
    </Typography>
    <MyActionChip action={action} />
  </Stack>
);

/**
 * One of the user's open commitments: what, linked to its programme's
 * Coaching tab; the programme; when to follow it up; whether it is due, in
 * words; and a button to record how it went.
 *
 * @internal
 */
export const MyFollowUpItem = ({
  followUp,
  onRecordOutcome,
}: {
  followUp: MyFollowUp;
  onRecordOutcome: (followUp: MyFollowUp) => void;
}) => {
  const textId = `csip-my-follow-up-${followUp.id}`;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <Typography id={textId} variant="body1" component="span">
        <ProgrammeLink programmeId={followUp.programmeId} tab="coaching">
          {followUp.text}
        </ProgrammeLink>
      </Typography>
      <Typography variant="body2" color="text.secondary" component="span">
        {followUp.programmeTitle} · Follow up on{' '}
        {formatDate(followUp.followUpOn)}
      </Typography>
      <FollowUpStatusChip followUp={followUp} />
      <Button
        size="small"
        variant="outlined"
        aria-describedby={textId}
        onClick={() => onRecordOutcome(followUp)}
      >
        Record outcome
      </Button>
    </Stack>
  );
};

/**
 * A scope version awaiting the user's decision, linked to the programme's
 * Scope tab where they agree or decline.
 *
 * @internal
 */
export const AwaitingItem = ({ item }: { item: AwaitingAgreement }) => (
  <Typography variant="body2" component="span">
    <ProgrammeLink programmeId={item.programmeId} tab="scope">
      {item.programmeTitle}
    </ProgrammeLink>
    : scope version {item.versionNumber}, published by{' '}
    <RefLink entityRef={item.publishedBy} /> on{' '}
    {formatDateTime(item.publishedAt)}
  </Typography>
);

/**
 * A programme the user holds roles in: its title linked to its page, their
 * roles and the programme's phase.
 *
 * @internal
 */
export const MyProgrammeItem = ({ programme }: { programme: MyProgramme }) => (
  <Stack spacing={0.5} alignItems="flex-start">
    <Typography variant="body1" component="span">
      <ProgrammeLink programmeId={programme.id}>
        {programme.title}
      </ProgrammeLink>
    </Typography>
    <ChipRow>
      {programme.roles.map(role => (
        <StatusChip key={role} label={ROLE_NAMES[role]} />
      ))}
      <PhaseLabel phase={programme.phase} />
    </ChipRow>
  </Stack>
);
