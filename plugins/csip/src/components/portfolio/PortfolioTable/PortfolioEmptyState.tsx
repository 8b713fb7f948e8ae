import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { SectionPanel } from '../../shared';

/** @internal */
export type PortfolioEmptyStateProps = {
  title: string;
  /** What it means and what to do next. */
  children: ReactNode;
  /** The next step as a button, when there is one. */
  action?: ReactNode;
};

/**
 * What the portfolio shows instead of an empty table: why it is empty and
 * what to do next.
 *
 * @internal
 */
export const PortfolioEmptyState = ({
  title,
  children,
  action,
}: PortfolioEmptyStateProps) => (
  <SectionPanel
    titleId="csip-portfolio-empty"
    title={title}
    headingComponent="h2"
    gutterBottom
  >
    <Typography variant="body1" paragraph>
      {children}
    </Typography>
    {action}
  </SectionPanel>
);
