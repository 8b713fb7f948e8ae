import type { MyWork } from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import { LoadState } from '../../shared';
import { useMyWork } from '../useMyWork';
import { AwaitingItem, MyActionItem, MyProgrammeItem } from './MyWorkItems';
import { WorkSection } from './WorkSection';

/** Each section's heading and what it says while empty. */
const SECTIONS = {
  actions: {
    titleId: 'csip-my-actions-title',
    title: 'Your actions',
    empty:
      'You have no open actions. When a review agrees an action with you as its owner, it shows up here.',
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
 * The three sections of the user's work, once loaded.
 *
 * @internal
 */
export const MyWorkSections = ({ work }: { work: MyWork }) => {
  const sections = [
    {
      ...SECTIONS.actions,
      items: work.actions.map(a => <MyActionItem key={a.id} action={a} />),
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
      {sections.map(({ items, ...section }) => (
        <WorkSection key={section.titleId} {...section}>
          {items}
        </WorkSection>
      ))}
    </Stack>
  );
};

/**
 * "For you": the signed-in user's open actions (overdue first), the scope
 * versions awaiting their agreement and their programmes with their roles,
 * each linking to where it is done.
 *
 * @public
 */
export const MyWorkPanel = () => {
  const work = useMyWork();
  return (
    <LoadState state={work} errorTitle="Could not load your work">
      {value => <MyWorkSections work={value} />}
    </LoadState>
  );
};
