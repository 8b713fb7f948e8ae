import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutline';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useId } from 'react';
import { CHANGE_KIND_NAMES } from '../../../util/labels';
import { OutlinedSection } from '../OutlinedSection';

/** How something changed: up or down a scale, added, removed or changed. */
export type ChangeKind = 'up' | 'down' | 'added' | 'removed' | 'changed';

/** One change, such as `Processes — Added: Incident management`. */
export type ChangeListItem = {
  kind: ChangeKind;
  /** What changed, such as "Level 1 Performed → 2 Managed". */
  text: ReactNode;
  /** The part that changed, such as a scope section, before the kind. */
  subject?: string;
};

const ICONS: Record<ChangeKind, typeof ArrowUpwardIcon> = {
  up: ArrowUpwardIcon,
  down: ArrowDownwardIcon,
  added: AddCircleOutlineIcon,
  removed: RemoveCircleOutlineIcon,
  changed: EditOutlinedIcon,
};

const KIND_NAMES: Record<ChangeKind, string> = {
  ...CHANGE_KIND_NAMES,
  up: 'Up',
  down: 'Down',
};

/** @internal */
export type ChangeListProps = {
  changes: readonly ChangeListItem[];
  /** What shows instead when nothing changed. */
  empty: ReactNode;
  /**
   * The heading of the section the changes make up, which names their list.
   * Without it the changes are lines of what encloses them (such as an entry
   * of a history), not a list of their own.
   */
  title?: string;
  /** The heading's level in the page. */
  headingComponent?: 'h3' | 'h4';
  /** One line below the heading, such as what is compared. */
  description?: ReactNode;
};

/**
 * What changed, one change a line: an icon and the kind of change in words
 * ("Added:", "Up:"), then what changed.
 *
 * @internal
 */
export const ChangeList = ({
  changes,
  empty,
  title,
  ...section
}: ChangeListProps) => {
  const titleId = useId();
  const body =
    changes.length === 0 ? (
      <Typography variant="body2">{empty}</Typography>
    ) : (
      <Stack
        component={title ? 'ul' : 'div'}
        aria-labelledby={title ? titleId : undefined}
        spacing={title ? 1 : 0.5}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {changes.map((change, i) => {
          const Icon = ICONS[change.kind];
          const kind = KIND_NAMES[change.kind];
          return (
            <Box
              component={title ? 'li' : 'div'}
              key={i}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <Icon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
              <Typography variant="body2">
                <strong>
                  {change.subject ? `${change.subject} — ${kind}` : kind}:
                </strong>{' '}
                {change.text}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    );
  return title ? (
    <OutlinedSection title={title} titleId={titleId} {...section}>
      {body}
    </OutlinedSection>
  ) : (
    body
  );
};
