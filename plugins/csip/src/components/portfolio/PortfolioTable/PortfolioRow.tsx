import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { programmeRouteRef } from '../../../routes';
import { formatDate } from '../../../util/formatDate';
import { APPROACH_NAMES } from '../../../util/labels';
import { PhaseLabel, RefLink, StatusChip } from '../../shared';

import { ScopeStatusChip } from '../../scope/ScopeTab/ScopeTab';
import {
  describeLevelLine,
  describeOverdue,
  describeReadiness,
  describeScore,
  describeSummit,
  NOT_KNOWN,
} from './describeStatus';

/** Words with an icon in front, so status never rests on colour alone. */
const IconText = ({
  icon,
  children,
}: {
  icon: ReactNode;
  children: ReactNode;
}) => (
  <Box
    component="span"
    sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
  >
    {icon}
    {children}
  </Box>
);

/**
 * One programme of the portfolio: its title (linked to its page, marked
 * when archived), owner, phase, approach, scope status, levels against
 * targets, summit progress, knowledge transfer, exit readiness, overdue
 * actions and last change. Status cells show "–" until the backend has
 * computed the programme's status.
 *
 * @internal
 */
export const PortfolioRow = ({
  programme,
}: {
  programme: ProgrammeSummary;
}) => {
  const programmeLink = useRouteRef(programmeRouteRef);
  const { status } = programme;
  const overdue = programme.overdueActions;

  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ minWidth: 240 }}>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {programmeLink ? (
            <Link to={programmeLink({ programmeId: programme.id })}>
              {programme.title}
            </Link>
          ) : (
            programme.title
          )}
          {programme.archived && (
            <StatusChip
              icon={<Inventory2OutlinedIcon aria-hidden />}
              label="Archived"
            />
          )}
        </Box>
      </TableCell>
      <TableCell sx={{ minWidth: 160 }}>
        <RefLink entityRef={programme.ownerRef} />
      </TableCell>
      <TableCell>
        <PhaseLabel phase={programme.phase} />
      </TableCell>
      <TableCell sx={{ minWidth: 180 }}>
        {programme.approach
          ? APPROACH_NAMES[programme.approach]
          : 'Not decided yet'}
      </TableCell>
      <TableCell>
        {status ? <ScopeStatusChip status={status.scopeStatus} /> : NOT_KNOWN}
      </TableCell>
      <TableCell>
        {status?.levels.length
          ? status.levels.map(line => (
              <Box key={line.process} sx={{ whiteSpace: 'nowrap' }}>
                {describeLevelLine(line)}
              </Box>
            ))
          : NOT_KNOWN}
      </TableCell>
      <TableCell>{status ? describeSummit(status) : NOT_KNOWN}</TableCell>
      <TableCell>{status ? describeScore(status) : NOT_KNOWN}</TableCell>
      <TableCell>
        {status ? (
          <IconText
            icon={
              status.ready ? (
                <CheckCircleOutlineIcon
                  aria-hidden
                  fontSize="small"
                  color="success"
                />
              ) : (
                <HourglassEmptyIcon aria-hidden fontSize="small" />
              )
            }
          >
            {describeReadiness(status)}
          </IconText>
        ) : (
          NOT_KNOWN
        )}
      </TableCell>
      <TableCell>
        {overdue !== undefined && overdue > 0 ? (
          <IconText
            icon={
              <WarningAmberIcon aria-hidden fontSize="small" color="warning" />
            }
          >
            {describeOverdue(overdue)}
          </IconText>
        ) : (
          describeOverdue(overdue)
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {formatDate(programme.updatedAt)}
      </TableCell>
    </TableRow>
  );
};
