import type { MyWork } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import { useCoachingDialogs } from '../../coaching';
import { LoadState } from '../../shared';
import { ReminderPreferences } from '../ReminderPreferences';
import { useMyWork } from '../useMyWork';
import {
  AwaitingItem,
  MyActionItem,
  MyFollowUpItem,
  MyProgrammeItem,
} from './MyWorkItems';
import { WorkSection } from './WorkSection';

/** Each section's heading and what it says while empty. */
const SECTIONS = {
  actions: {
    titleId: 'csip-my-actions-title',
    title: 'Your actions',
    empty:
      'You have no open actions. When a review agrees an action with you as its owner, it shows up here.',
  },
  followUps: {
    titleId: 'csip-my-follow-ups-title',
    title: 'Commitments to follow up',
    empty:
      'You have no open commitments. When you commit to something in a coaching moment, it shows up here with the date to follow it up.',
  },
  awaiting: {
    titleId: 'csip-my-awaiting-title',
    title: 'Awaiting your agreement',
    empty:
      'Nothing waits for your agreement. When a programme publishes a scope that needs your decision, it shows up here.',
  },
  programmes: {
    titleId: 'csip-my-programmes-title',
    title: 'Your programmes',
    empty:
      "You are not in a programme yet. Find one on the Portfolio tab, or ask a programme's lead to add you.",
  },
};

/**
 * The sections of the user's work, once loaded, and their reminder
 * choice. Recording how a commitment went calls `onChanged`, for the work
 * to be loaded again.
 *
 * @internal
 */
export const MyWorkSections = ({
  work,
  onChanged,
}: {
  work: MyWork;
  onChanged?: () => void;
}) => {
  const coaching = useCoachingDialogs({ onChanged });
  const sections = [
    {
      ...SECTIONS.actions,
      items: work.actions.map(a => <MyActionItem key={a.id} action={a} />),
    },
    {
      ...SECTIONS.followUps,
      items: work.followUps.map(f => (
        <MyFollowUpItem
          key={f.id}
          followUp={f}
          onRecordOutcome={coaching.recordOutcome}
        />
      )),
    },
    {
      ...SECTIONS.awaiting,
      items: work.awaitingAgreement.map(a => (
        <AwaitingItem key={`${a.programmeId}-${a.versionNumber}`} item={a} />
      )),
    },
    {
      ...SECTIONS.programmes,
      items: work.programmes.map(p => (
        <MyProgrammeItem key={p.id} programme={p} />
      )),
    },
  ];
  return (
    <Stack spacing={2}>
      {coaching.notice}
      {sections.map(({ items, ...section }) => (
        <WorkSection key={section.titleId} {...section}>
          {items}
        </WorkSection>
      ))}
      <ReminderPreferences />
      {coaching.dialogs}
    </Stack>
  );
};

/**
 * "For you": the signed-in user's open actions (overdue first), their
 * commitments to follow up (with a way to record how each went), the scope
 * versions awaiting their agreement and their programmes with their roles,
 * each linking to where it is done; and how they get reminders.
 *
 * @public
 */
export const MyWorkPanel = () => {
  const work = useMyWork();
  return (
    <LoadState state={work} errorTitle="Could not load your work">
      {value => <MyWorkSections work={value} onChanged={work.retry} />}
    </LoadState>
  );
};
