import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SectionPanel } from '../SectionPanel';

/** @internal */
export type OutlinedSectionProps = {
  /** The heading, which names the section. */
  title: ReactNode;
  /** The heading's id, for lists and tables inside to be named by it too. */
  titleId: string;
  /** The heading's level in the page. */
  headingComponent?: 'h2' | 'h3' | 'h4';
  /** One line on what the section holds, below the heading. */
  description?: ReactNode;
  children: ReactNode;
};

/**
 * An outlined panel that is a section of the page, named by its heading,
 * such as a history or what changed, with a line on what it holds.
 *
 * @internal
 */
export const OutlinedSection = ({
  description,
  children,
  ...heading
}: OutlinedSectionProps) => (
  <SectionPanel {...heading} spacing={1}>
    {description && (
      <Typography variant="body2" color="text.secondary">
        {description}
      </Typography>
    )}
    {children}
  </SectionPanel>
);
