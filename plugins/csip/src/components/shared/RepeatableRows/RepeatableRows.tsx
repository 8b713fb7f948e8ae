import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { FieldErrors } from '../../../util/formIssues';

/** What the row renderer of {@link RepeatableRows} gets for one row. */
export type RepeatableRow<T> = {
  /** The row's value. */
  item: T;
  /** Its position, from 0. */
  index: number;
  /** Its number as people read it, from 1. */
  number: number;
  /** Replaces the row's value. */
  set: (next: T) => void;
  /** Merges a change into the row's value (for rows of objects). */
  update: (change: Partial<T>) => void;
  /**
   * The form's message about the row (`<field>.<index>`) or one of its
   * fields (`<field>.<index>.<key>`), if any.
   */
  error: (key?: Extract<keyof T, string>) => string | undefined;
};

/** @internal */
export type RepeatableRowsProps<T> = {
  value: readonly T[];
  onChange: (value: T[]) => void;
  /**
   * What one row is called, such as "Agreed action". It names each row
   * ("Agreed action 1") and the buttons ("Add agreed action", "Remove agreed
   * action 1").
   */
  itemLabel: string;
  /** A new, empty row. */
  newRow: () => NoInfer<T>;
  /** The row's fields; the remove button is added after them. */
  renderRow: (row: RepeatableRow<T>) => ReactNode;
  /** The form field, such as `actions`, whose errors are `actions.0.owner`. */
  field?: string;
  /** Errors of the whole form. */
  errors?: FieldErrors;
  /** What the empty list says. */
  emptyText?: ReactNode;
  /**
   * Whether each row is a group named after `itemLabel` and its number
   * (default). Rows of one field that carries that name itself need not be.
   */
  labelRows?: boolean;
  /** The space between rows, in theme spacing units. */
  spacing?: number;
  /** Whether a row's fields wrap onto more lines when they do not fit. */
  wrap?: boolean;
  /** Read only: nothing can be added or removed. */
  disabled?: boolean;
  /** Ids of text describing the add button, such as the field's help. */
  addDescribedBy?: string;
  /** Shown between the rows and the add button, such as problems. */
  children?: ReactNode;
};

/** The first form control of a row, where focus goes when it is added. */
const FIRST_CONTROL = [
  'input:not([type="hidden"]):not([tabindex="-1"]):not(:disabled)',
  'textarea:not([tabindex="-1"]):not(:disabled)',
  'select:not(:disabled)',
].join(', ');

/**
 * Rows that people add and remove one at a time, such as agreed actions or
 * milestones: each row is rendered by `renderRow`, followed by its remove
 * button, and an add button follows the rows. Focus moves to the first field
 * of a row just added. Rows are numbered as people read them.
 *
 * @internal
 */
export const RepeatableRows = <T,>({
  value,
  onChange,
  itemLabel,
  newRow,
  renderRow,
  field,
  errors,
  emptyText,
  labelRows = true,
  spacing = 2,
  wrap,
  disabled,
  addDescribedBy,
  children,
}: RepeatableRowsProps<T>) => {
  const rowsRef = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState<number>();
  const lower = itemLabel.toLocaleLowerCase('en-GB');

  useEffect(() => {
    if (added === undefined || added >= value.length) return;
    rowsRef.current?.children
      .item(added)
      ?.querySelector<HTMLElement>(FIRST_CONTROL)
      ?.focus();
    setAdded(undefined);
  }, [added, value.length]);

  const set = (index: number, next: T) =>
    onChange(value.map((item, i) => (i === index ? next : item)));
  const remove = (index: number) => {
    setAdded(undefined);
    onChange(value.filter((_, i) => i !== index));
  };
  const add = () => {
    setAdded(value.length);
    onChange([...value, newRow()]);
  };

  return (
    <>
      {value.length === 0 && emptyText && (
        <Typography variant="body2" sx={{ my: 1 }}>
          {emptyText}
        </Typography>
      )}
      <Stack ref={rowsRef} spacing={spacing} sx={{ mt: 1 }}>
        {value.map((item, index) => {
          const number = index + 1;
          const row: RepeatableRow<T> = {
            item,
            index,
            number,
            set: next => set(index, next),
            update: change => set(index, { ...item, ...change }),
            error: key =>
              field === undefined
                ? undefined
                : errors?.[
                    key ? `${field}.${index}.${key}` : `${field}.${index}`
                  ],
          };
          return (
            <Box
              key={index}
              role={labelRows ? 'group' : undefined}
              aria-label={labelRows ? `${itemLabel} ${number}` : undefined}
              sx={{
                display: 'flex',
                gap: 2,
                alignItems: 'flex-start',
                flexWrap: wrap ? 'wrap' : undefined,
              }}
            >
              {renderRow(row)}
              <IconButton
                aria-label={`Remove ${lower} ${number}`}
                disabled={disabled}
                onClick={() => remove(index)}
                sx={{ mt: 1 }}
              >
                <DeleteOutlineIcon aria-hidden />
              </IconButton>
            </Box>
          );
        })}
      </Stack>
      {children}
      <Button
        startIcon={<AddIcon aria-hidden />}
        onClick={add}
        disabled={disabled}
        aria-describedby={addDescribedBy}
        sx={{ mt: 1 }}
      >
        {`Add ${lower}`}
      </Button>
    </>
  );
};

/**
 * The props of a form field made of repeatable rows of `T`.
 *
 * @internal
 */
export type RowsFieldProps<T> = {
  value: T[];
  onChange: (value: T[]) => void;
  /** Errors of the whole form, keyed like `<field>.0.<key>`. */
  errors: FieldErrors;
};
