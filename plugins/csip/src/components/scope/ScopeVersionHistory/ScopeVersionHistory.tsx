import type { ScopeVersion } from '@csip-coach/plugin-csip-common';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../util/formatDate';
import { RefLink } from '../../shared';

/** @internal */
export type ScopeVersionHistoryProps = {
  /** Every published version, newest first. */
  versions: ScopeVersion[];
};

/**
 * Every published scope version: its number, who published it and when.
 *
 * @internal
 */
export const ScopeVersionHistory = ({ versions }: ScopeVersionHistoryProps) => (
  <Paper
    variant="outlined"
    component="section"
    aria-labelledby="csip-scope-history"
    sx={{ p: 3 }}
  >
    <Typography id="csip-scope-history" variant="h6" component="h3">
      Version history
    </Typography>
    {versions.length === 0 ? (
      <Typography variant="body2">
        No version has been published yet.
      </Typography>
    ) : (
      <Table size="small" aria-labelledby="csip-scope-history">
        <TableHead>
          <TableRow>
            <TableCell>Version</TableCell>
            <TableCell>Published by</TableCell>
            <TableCell>Published</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {versions.map((v, i) => (
            <TableRow key={v.number}>
              <TableCell>
                Version {v.number}
                {i === 0 ? ' (current)' : ' (superseded)'}
              </TableCell>
              <TableCell>
                <RefLink entityRef={v.publishedBy} />
              </TableCell>
              <TableCell>{formatDateTime(v.publishedAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    )}
  </Paper>
);
