import type {
  AdviceEntry,
  AdviceResponse,
  Programme,
} from '@csip-coach/plugin-csip-common';
import Stack from '@mui/material/Stack';
import { type ReactNode, useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { NotAllowedNote, NoticeAlert } from '../../shared';
import { type AdviceDialogMode, AdviceItem } from '../AdviceItem';
import { AdviceResponseDialog } from '../AdviceResponseDialog';
import { ADVICE_RESPONSE_RECORDED } from '../adviceWords';

/** @internal */
export type AdviceEntriesProps = {
  programme: Pick<Programme, 'id' | 'members'>;
  entries: AdviceEntry[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** A page-unique id for why the user may not respond. */
  reasonId: string;
  /** What shows above each suggestion, such as the review it came from. */
  contextOf?: (entry: AdviceEntry) => ReactNode;
  /** A response was recorded, or one was recorded meanwhile: load again. */
  onChanged: () => void;
};

const keyOf = (e: Pick<AdviceEntry, 'reviewId' | 'index'>) =>
  `${e.reviewId}/${e.index}`;

/**
 * Growth suggestions with the team's responses, as a list. The team (leads
 * and members, `respondToAdvice`) responds to each in a dialog; everyone
 * else is told once why they may not.
 *
 * @internal
 */
export const AdviceEntries = ({
  programme,
  entries,
  labelledBy,
  reasonId,
  contextOf,
  onChanged,
}: AdviceEntriesProps) => {
  const access = useProgrammeAction('respondToAdvice', programme);
  const [open, setOpen] = useState<{ key: string; mode: AdviceDialogMode }>();
  const [notice, setNotice] = useState<string>();
  // The entry as last loaded, so a reload after a 409 reaches the dialog.
  const opened = open && entries.find(e => keyOf(e) === open.key);

  const respond = (entry: AdviceEntry, mode: AdviceDialogMode) => {
    setNotice(undefined);
    setOpen({ key: keyOf(entry), mode });
  };
  const responded = (response: AdviceResponse) => {
    setOpen(undefined);
    setNotice(
      response.outcome
        ? 'Recorded what happened.'
        : `Recorded the response: ${
            ADVICE_RESPONSE_RECORDED[response.response]
          }.`,
    );
    onChanged();
  };

  return (
    <Stack spacing={2}>
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      <Stack
        component="ul"
        aria-labelledby={labelledBy}
        spacing={2}
        sx={{ m: 0, pl: 3 }}
      >
        {entries.map(entry => (
          <li key={keyOf(entry)}>
            <AdviceItem
              entry={entry}
              context={contextOf?.(entry)}
              onRespond={access.allowed ? respond : undefined}
            />
          </li>
        ))}
      </Stack>
      {!access.loading && !access.allowed && (
        <NotAllowedNote id={reasonId} reason={access.reason} />
      )}
      {opened && open && (
        <AdviceResponseDialog
          entry={opened}
          mode={open.mode}
          onClose={() => setOpen(undefined)}
          onResponded={responded}
          onStale={onChanged}
        />
      )}
    </Stack>
  );
};
