import { BulletList } from '../../shared';
import type { ReactNode } from 'react';
import { EmptyNote, ReportSubheading } from './ReportSection';

/** @internal */
export type ReportListProps = {
  /** The list's accessible name; the title unless given. */
  label?: string;
  /** A sub-heading above the list, with the list in a block of its own. */
  title?: string;
  /** The sub-heading's level. */
  level?: 4 | 5;
  items: ReactNode[];
  /** What to say when there is nothing to list. */
  empty: string;
};

/**
 * A bulleted list, or a sentence saying there is nothing to list; under
 * its sub-heading when it has a title.
 *
 * @internal
 */
export const ReportList = ({
  label,
  title,
  level,
  items,
  empty,
}: ReportListProps) => {
  const list = (
    <BulletList
      items={items}
      label={label ?? title}
      empty={<EmptyNote>{empty}</EmptyNote>}
    />
  );
  return title ? (
    <div>
      <ReportSubheading level={level}>{title}</ReportSubheading>
      {list}
    </div>
  ) : (
    list
  );
};
