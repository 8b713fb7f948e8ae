/**
 * The sections of the report that load a part of their own, in the order
 * they are printed: each heading's id, its title, and what failed to load
 * when the part could not be.
 *
 * @internal
 */
export const REPORT_SECTIONS = {
  scope: { id: 'csip-report-scope', title: 'Scope', what: 'the scope' },
  maturity: {
    id: 'csip-report-maturity',
    title: 'Maturity',
    what: 'the maturity',
  },
  reviews: {
    id: 'csip-report-reviews',
    title: 'Latest reviews',
    what: 'the reviews',
  },
  actions: {
    id: 'csip-report-actions',
    title: 'Action register',
    what: 'the actions',
  },
  handover: {
    id: 'csip-report-handover',
    title: 'Handover',
    what: 'the handover',
  },
  phases: {
    id: 'csip-report-phases',
    title: 'Phase history',
    what: 'the phase history',
  },
} as const;

/** Charts print at a fixed width that fits a portrait A4 or Letter page. */
export const REPORT_CHART_WIDTH = 600;
