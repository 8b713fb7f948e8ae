import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { type Key, type ReactNode, useId } from 'react';
import { OutlinedSection } from '../OutlinedSection';

/** One entry of a {@link HistoryList}, as its `renderEntry` describes it. */
export type HistoryListEntry = {
  /** An icon for the kind of entry, such as forward or back. */
  icon?: ReactNode;
  /** What happened, such as "Moved forward: Establish → Implement". */
  title: ReactNode;
  /** Who did it and when, why, what changed: below the title. */
  details?: ReactNode;
};

/** One column of a {@link HistoryList} shown as a table. */
export type HistoryListColumn<T> = {
  header: string;
  cell: (entry: T, index: number) => ReactNode;
};

type HistoryListLayout<T> =
  | {
      /** Each entry of the list. */
      renderEntry: (entry: T, index: number) => HistoryListEntry;
      /** The entry titles' heading level, when they are headings. */
      entryHeading?: 'h4' | 'h5';
      /** Whether the first entry is the one in force, drawn in colour. */
      markCurrent?: boolean;
      columns?: never;
    }
  | {
      /** Shows the entries as a table of these columns instead. */
      columns: HistoryListColumn<T>[];
      renderEntry?: never;
      entryHeading?: never;
      markCurrent?: never;
    };

/** @internal */
export type HistoryListProps<T> = HistoryListLayout<T> & {
  /**
   * The entries as they are listed, or undefined while they load. Give
   * `newestFirstBy` when they come oldest first.
   */
  entries: readonly T[] | undefined;
  /** Why the entries could not be loaded, in words. */
  loadError?: string;
  /** What shows when there are no entries. */
  empty: ReactNode;
  entryKey: (entry: T, index: number) => Key;
  /**
   * The moment of an entry (an ISO date-time), to list entries given oldest
   * first newest first; those of the same moment keep their order reversed.
   */
  newestFirstBy?: (entry: T) => string;
  /**
   * The heading of the section the history makes up. Without it the
   * history goes inside a section of what encloses it.
   */
  title?: string;
  /** One line below the heading on what the history holds. */
  description?: ReactNode;
  /** The list's accessible name, when it is not the title. */
  label?: string;
};

function inOrder<T>(entries: readonly T[], newestFirstBy?: (e: T) => string) {
  if (!newestFirstBy) return entries;
  return [...entries]
    .reverse()
    .sort((a, b) => newestFirstBy(b).localeCompare(newestFirstBy(a)));
}

/**
 * A history, newest first: what happened, who did it and when, as a
 * timeline of entries or a table. It says so while it loads, when it could
 * not load, and when there is nothing yet.
 *
 * @internal
 */
export const HistoryList = <T,>(props: HistoryListProps<T>) => {
  const { entries, loadError, empty, entryKey, title, description } = props;
  const titleId = useId();
  const naming = props.label
    ? { 'aria-label': props.label }
    : { 'aria-labelledby': title ? titleId : undefined };

  let body: ReactNode;
  if (loadError) {
    body = <Alert severity="error">{loadError}</Alert>;
  } else if (!entries) {
    body = <Skeleton variant="rectangular" height={48} aria-hidden />;
  } else if (entries.length === 0) {
    body =
      typeof empty === 'string' ? (
        <Typography variant="body2" color="text.secondary">
          {empty}
        </Typography>
      ) : (
        empty
      );
  } else if (props.columns) {
    const { columns } = props;
    body = (
      <Table size="small" {...naming}>
        <TableHead>
          <TableRow>
            {columns.map(column => (
              <TableCell key={column.header}>{column.header}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {inOrder(entries, props.newestFirstBy).map((entry, index) => (
            <TableRow key={entryKey(entry, index)}>
              {columns.map(column => (
                <TableCell key={column.header}>
                  {column.cell(entry, index)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  } else {
    const { renderEntry, entryHeading, markCurrent } = props;
    body = (
      <Box
        component="ol"
        {...naming}
        sx={{ listStyle: 'none', m: 0, mt: 1, p: 0 }}
      >
        {inOrder(entries, props.newestFirstBy).map((entry, index) => {
          const { icon, title: what, details } = renderEntry(entry, index);
          return (
            <Box
              component="li"
              key={entryKey(entry, index)}
              sx={{
                display: 'flex',
                gap: 1.5,
                borderLeft: 2,
                borderColor:
                  markCurrent && index === 0 ? 'primary.main' : 'divider',
                pl: 2,
                pb: 2,
              }}
            >
              {icon && (
                <Box aria-hidden sx={{ display: 'flex', mt: 0.25 }}>
                  {icon}
                </Box>
              )}
              <Stack spacing={0.5}>
                <Typography variant="subtitle1" component={entryHeading ?? 'p'}>
                  {what}
                </Typography>
                {details}
              </Stack>
            </Box>
          );
        })}
      </Box>
    );
  }

  return title ? (
    <OutlinedSection title={title} titleId={titleId} description={description}>
      {body}
    </OutlinedSection>
  ) : (
    <>{body}</>
  );
};
