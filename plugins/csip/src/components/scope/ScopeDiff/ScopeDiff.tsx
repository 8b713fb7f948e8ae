import type { ScopeChange } from '@csip-coach/plugin-csip-common';
import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CHANGE_KIND_NAMES, SCOPE_SECTION_NAMES } from '../../../util/labels';

const ICONS = {
  added: AddCircleOutlineIcon,
  removed: RemoveCircleOutlineIcon,
  changed: EditOutlinedIcon,
};

/** @internal */
export type ScopeDiffProps = {
  /** The number of the current version. */
  versionNumber: number;
  diff: ScopeChange[];
};

/**
 * What changed since the previous scope version, so a sponsor sees exactly
 * what they are asked to agree anew. Version 1 has no previous version.
 *
 * @internal
 */
export const ScopeDiff = ({ versionNumber, diff }: ScopeDiffProps) => {
  const first = versionNumber <= 1;
  const title = first
    ? 'What changed'
    : `What changed since version ${versionNumber - 1}`;
  let body: JSX.Element;
  if (first) {
    body = (
      <Typography variant="body2">
        This is the first version: everything in it is new.
      </Typography>
    );
  } else if (diff.length === 0) {
    body = (
      <Typography variant="body2">
        Nothing changed in the content since version {versionNumber - 1}; it
        still needs fresh agreement.
      </Typography>
    );
  } else {
    body = (
      <Stack
        component="ul"
        aria-labelledby="csip-scope-diff"
        spacing={1}
        sx={{ listStyle: 'none', p: 0, m: 0 }}
      >
        {diff.map((change, i) => {
          const Icon = ICONS[change.kind];
          return (
            <Box
              component="li"
              key={i}
              sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}
            >
              <Icon fontSize="small" aria-hidden sx={{ mt: 0.25 }} />
              <Typography variant="body2">
                <strong>
                  {SCOPE_SECTION_NAMES[change.section]} —{' '}
                  {CHANGE_KIND_NAMES[change.kind]}:
                </strong>{' '}
                {change.text}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    );
  }
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby="csip-scope-diff"
      sx={{ p: 3 }}
    >
      <Typography id="csip-scope-diff" variant="h6" component="h3" gutterBottom>
        {title}
      </Typography>
      {body}
    </Paper>
  );
};
