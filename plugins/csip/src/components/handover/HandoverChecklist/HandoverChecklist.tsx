import {
  HANDOVER_CATEGORY_NAMES,
  type HandoverItem,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { processName as builtInName } from '../../../util/labels';
import { HandoverItemDialog } from '../HandoverItemDialog';
import {
  NotAllowedNote,
  NoticeAlert,
  PermittedButton,
  SpreadRow,
  useEditing,
} from '../../shared';
import { groupItems, summariseItems } from './groupItems';
import { HandoverItemCard } from './HandoverItemCard';
import { AnchorSection } from '../AnchorSection';

/** @internal */
export type HandoverChecklistProps = {
  items: HandoverItem[];
  /** The programme whose members may own items. */
  programme: Programme;
  /** The maturity model's processes: their names, and what an added item may be about. */
  processes: ReadonlyArray<{ id: string; name: string }>;
  /** Whether the signed-in user may update items (members, by rule). */
  updateAccess: ProgrammeActionAccess;
  /** Whether the signed-in user may add items (leads and coaches, by rule). */
  addAccess: ProgrammeActionAccess;
  /** Whether the signed-in user may verify items (coaches, by rule). */
  verifyAccess: ProgrammeActionAccess;
  /** Called after an item was updated or added, to reload the handover. */
  onChanged: () => void;
};

/**
 * The handover checklist by category and process: each item with its
 * status in words, weight, critical mark, owner, evidence and who verified
 * it, a way to update it (for members) and to add an item (for leads and
 * coaches) — disabled with the reason for anyone else, or when the
 * portal's permission policy says no. The section is the target of links
 * to `#handover-checklist`.
 *
 * @internal
 */
export const HandoverChecklist = ({
  items,
  programme,
  processes,
  updateAccess,
  addAccess,
  verifyAccess,
  onChanged,
}: HandoverChecklistProps) => {
  const [notice, setNotice] = useState<string>();
  const editing = useEditing<HandoverItem>(() => setNotice(undefined));
  const name = (id: string) =>
    processes.find(p => p.id === id)?.name ?? builtInName(id);
  const add = () => editing.start();
  const update = (item: HandoverItem) => editing.start(item);

  const addButton = (
    <PermittedButton
      access={addAccess}
      reasonId="csip-handover-add-why"
      variant={items.length ? 'outlined' : 'contained'}
      startIcon={<AddIcon aria-hidden />}
      onClick={add}
    >
      Add item
    </PermittedButton>
  );
  const updateWhyId = 'csip-handover-update-why';

  return (
    <AnchorSection
      anchor="handover-checklist"
      labelledBy="csip-handover-checklist-title"
    >
      <SpreadRow>
        <Typography
          id="csip-handover-checklist-title"
          variant="h6"
          component="h4"
        >
          Handover checklist
        </Typography>
        {items.length > 0 && addButton}
      </SpreadRow>
      <Typography variant="body2" color="text.secondary">
        What has to be true for the team to carry on once the coach has left.
        The team demonstrates each item with evidence; the coach verifies it.
      </Typography>
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      {items.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Stack spacing={2} alignItems="flex-start">
            <Typography variant="body1">
              No checklist items yet. The built-in items are added when a scope
              is published
              {addAccess.allowed
                ? '; you can also add your own.'
                : '; a lead or coach can also add items.'}
            </Typography>
            {addButton}
          </Stack>
        </Paper>
      ) : (
        <>
          <Typography variant="body1" fontWeight="bold">
            {summariseItems(items)}
          </Typography>
          <NotAllowedNote id={updateWhyId} reason={updateAccess.reason} />
          {groupItems(
            items,
            processes.map(p => p.id),
          ).map(({ category, groups }) => {
            const categoryId = `csip-handover-category-${category}`;
            return (
              <Box
                key={category}
                component="section"
                aria-labelledby={categoryId}
              >
                <Typography
                  id={categoryId}
                  variant="subtitle1"
                  component="h5"
                  fontWeight="bold"
                >
                  {HANDOVER_CATEGORY_NAMES[category]}
                </Typography>
                {groups.map(group => {
                  const groupId = `${categoryId}-${
                    group.process ?? 'whole-programme'
                  }`;
                  return (
                    <Box key={groupId} sx={{ mt: 1, mb: 2 }}>
                      <Typography
                        id={groupId}
                        variant="subtitle2"
                        component="h6"
                        color="text.secondary"
                      >
                        {group.process
                          ? name(group.process)
                          : 'Whole programme'}
                      </Typography>
                      <Stack
                        component="ul"
                        spacing={1}
                        aria-labelledby={`${categoryId} ${groupId}`}
                        sx={{ p: 0, m: 0, mt: 1 }}
                      >
                        {group.items.map(item => (
                          <HandoverItemCard
                            key={item.id}
                            item={item}
                            onUpdate={update}
                            notAllowedId={
                              updateAccess.allowed ? undefined : updateWhyId
                            }
                          />
                        ))}
                      </Stack>
                    </Box>
                  );
                })}
              </Box>
            );
          })}
        </>
      )}
      <HandoverItemDialog
        open={editing.open}
        programme={programme}
        item={editing.item}
        processes={processes}
        verifyAccess={verifyAccess}
        onClose={editing.close}
        onStale={onChanged}
        onSaved={saved => {
          setNotice(
            editing.item
              ? `Updated “${saved.title}”.`
              : `Added “${saved.title}”.`,
          );
          editing.close();
          onChanged();
        }}
      />
    </AnchorSection>
  );
};
