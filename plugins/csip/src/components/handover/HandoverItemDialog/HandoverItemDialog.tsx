import type { HandoverItem, Programme } from '@csip-coach/plugin-csip-common';
import Dialog from '@mui/material/Dialog';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { AddItemForm } from './AddItemForm';
import { UpdateItemForm } from './UpdateItemForm';

/** @internal */
export type HandoverItemDialogProps = {
  open: boolean;
  /** The programme whose members may own the item. */
  programme: Programme;
  /** The item to update; none to add a new one. */
  item?: HandoverItem;
  /** The maturity model's processes, which an added item may be about. */
  processes: ReadonlyArray<{ id: string; name: string }>;
  /**
   * Whether the signed-in user may verify items (coaches, by rule), and if
   * not why: from `useProgrammeAction('verifyHandoverItem', …)`.
   */
  verifyAccess: ProgrammeActionAccess;
  onClose: () => void;
  /** Called with the item the backend saved. */
  onSaved: (item: HandoverItem) => void;
  /** Called when the item changed meanwhile (409), to load the latest. */
  onStale?: () => void;
};

/**
 * Updates a handover item — its status, the evidence that shows it and its
 * owner — or adds a custom item to the checklist. Only coaches verify; an
 * item is marked demonstrated or verified only with evidence.
 *
 * @internal
 */
export const HandoverItemDialog = ({
  open,
  programme,
  item,
  processes,
  verifyAccess,
  onClose,
  onSaved,
  onStale,
}: HandoverItemDialogProps) => (
  <Dialog
    open={open}
    onClose={onClose}
    fullWidth
    maxWidth="sm"
    aria-labelledby="csip-handover-item-dialog-title"
  >
    {item ? (
      <UpdateItemForm
        key={item.id}
        titleId="csip-handover-item-dialog-title"
        programme={programme}
        item={item}
        verifyAccess={verifyAccess}
        onClose={onClose}
        onSaved={onSaved}
        onStale={onStale}
      />
    ) : (
      <AddItemForm
        titleId="csip-handover-item-dialog-title"
        programme={programme}
        processes={processes}
        onClose={onClose}
        onSaved={onSaved}
      />
    )}
  </Dialog>
);
