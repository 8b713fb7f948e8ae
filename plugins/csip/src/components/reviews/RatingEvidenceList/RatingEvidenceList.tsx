import {
  EVIDENCE_SOURCE_NAMES,
  type RatingEvidence,
} from '@csip-coach/plugin-csip-common';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { visuallyHidden } from '../../status/visuallyHidden';

/** @internal */
export type RatingEvidenceListProps = {
  evidence: readonly RatingEvidence[];
  /** The list's accessible name, such as "Evidence for <criterion>". */
  label: string;
};

/**
 * The evidence behind a rating, one line each: the kind of source, the
 * note and, when given, its link, which opens in a new tab (and prints as
 * its address). Nothing when there is no evidence.
 *
 * @internal
 */
export const RatingEvidenceList = ({
  evidence,
  label,
}: RatingEvidenceListProps) =>
  evidence.length ? (
    <Box component="ul" aria-label={label} sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
      {evidence.map((e, i) => (
        <Typography component="li" variant="body2" key={i}>
          <strong>{EVIDENCE_SOURCE_NAMES[e.kind]}:</strong> {e.note}
          {e.link && (
            <>
              {' '}
              <Link
                href={e.link}
                target="_blank"
                rel="noopener noreferrer"
                sx={{ wordBreak: 'break-all' }}
              >
                {e.link}{' '}
                <Box component="span" sx={visuallyHidden}>
                  (opens in a new tab)
                </Box>
              </Link>
            </>
          )}
        </Typography>
      ))}
    </Box>
  ) : null;
