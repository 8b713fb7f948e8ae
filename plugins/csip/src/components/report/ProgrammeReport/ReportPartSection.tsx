import type { ReactNode } from 'react';
import type { ReportPart } from './loadReport';
import { PartOrError } from './PartOrError';
import { ReportSection } from './ReportSection';

/** @internal */
export type ReportPartSectionProps<T> = {
  id: string;
  title: string;
  part: ReportPart<T>;
  /** What the part is, for the error: "the scope". */
  what: string;
  children: (value: T) => ReactNode;
};

/**
 * A section of the report showing one part loaded on its own, or why it
 * could not be loaded.
 *
 * @internal
 */
export function ReportPartSection<T>({
  id,
  title,
  part,
  what,
  children,
}: ReportPartSectionProps<T>) {
  return (
    <ReportSection id={id} title={title}>
      <PartOrError part={part} what={what}>
        {children}
      </PartOrError>
    </ReportSection>
  );
}
