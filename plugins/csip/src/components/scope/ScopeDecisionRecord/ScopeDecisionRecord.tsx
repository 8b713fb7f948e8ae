import type { Agreement } from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { AGREEMENT_DECISION_NAMES } from '../../../util/labels';
import { RefLink, SectionPanel } from '../../shared';
import { DecisionStep, describeDecisions } from './describeDecisions';

/** @internal */
export type ScopeDecisionRecordProps = {
  versionNumber: number;
  /** Every decision recorded on the version, oldest first. */
  agreements: Agreement[];
};

const LEAD_IN: Record<DecisionStep, string> = {
  first: '',
  changed: 'changed their decision: ',
  again: 'decided again: ',
};

/**
 * Every agree and decline recorded on a scope version, in the order they
 * were made: who, what, when and their comment, a changed mind saying so.
 * Only each approver's latest decision counts (see the approvers list);
 * the earlier ones stay on record here.
 *
 * @internal
 */
export const ScopeDecisionRecord = ({
  versionNumber,
  agreements,
}: ScopeDecisionRecordProps) => (
  <SectionPanel titleId="csip-scope-decision-record" title="Decision record">
    <Typography variant="body2" color="text.secondary" gutterBottom>
      Every decision on version {versionNumber}, oldest first. Decisions are
      never edited: a changed mind is a new record, and each approver’s latest
      decision counts.
    </Typography>
    {agreements.length > 0 ? (
      <Box
        component="ol"
        aria-labelledby="csip-scope-decision-record"
        sx={{ m: 0, pl: 3 }}
      >
        {describeDecisions(agreements).map(({ agreement: a, step }) => (
          <Typography
            component="li"
            variant="body2"
            key={`${a.userRef} ${a.at}`}
            sx={{ mb: 0.5 }}
          >
            <RefLink entityRef={a.userRef} /> {LEAD_IN[step]}
            {AGREEMENT_DECISION_NAMES[a.decision].toLocaleLowerCase(
              'en-US',
            )} on {formatDateTime(a.at)}
            {a.comment ? ` — “${a.comment}”` : ''}
          </Typography>
        ))}
      </Box>
    ) : (
      <Typography variant="body2">
        No one has decided on this version yet.
      </Typography>
    )}
  </SectionPanel>
);
