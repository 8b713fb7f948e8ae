import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import {
  CLOSURE_VERDICT_LABELS,
  type ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import Inventory2OutlinedIcon from '@mui/icons-material/Inventory2Outlined';
import TaskAltOutlinedIcon from '@mui/icons-material/TaskAltOutlined';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import { programmeRouteRef } from '../../../routes';
import { PhaseLabel, RefLink, StatusChip } from '../../shared';
import { KnowledgeTransferBar } from '../../status/KnowledgeTransferBar';
import { SummitMeter } from '../../status/SummitMeter';
import { SustainIndicator, sustainFromSummary } from '../../sustain';
import { CompactLevels } from './CompactLevels';
import {
  describeOverdue,
  describeReadiness,
  describeScore,
  describeSummit,
  NOT_KNOWN,
} from './describeStatus';

/** Width of the knowledge-transfer bar, as narrow as the summit's meter. */
const KNOWLEDGE_BAR_WIDTH = 88;

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
    sx={{ display: 'inline-flex', alignItems: 'flex-start', gap: 0.5 }}
  >
    {icon}
    <span>{children}</span>
  </Box>
);

/** Words over a small drawing of the same, so the column stays narrow. */
const WordsOver = ({
  words,
  children,
}: {
  words: string;
  children?: ReactNode;
}) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
    <span>{words}</span>
    {children}
  </Box>
);

/** @internal */
export type PortfolioRowProps = {
  programme: ProgrammeSummary;
  /** Opens the programme's details drawer. */
  onDetails: (programme: ProgrammeSummary) => void;
};

/**
 * One programme of the portfolio, compact: its title (linked to its page,
 * marked when archived, and with its verdict once closed), owner by name, phase (with a lapsed team review in
 * sustain or a level that fell, in words), levels against targets,
 * summit progress and knowledge transfer (each in words over a small
 * drawing), exit readiness, overdue actions, and a "Details" button for
 * the rest. Status cells show "–"
 * until the backend has computed the programme's status.
 *
 * @internal
 */
export const PortfolioRow = ({ programme, onDetails }: PortfolioRowProps) => {
  const programmeLink = useRouteRef(programmeRouteRef);
  const { status } = programme;
  const overdue = programme.overdueActions;

  return (
    <TableRow>
      <TableCell component="th" scope="row" sx={{ minWidth: 150 }}>
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
          {programme.verdict && (
            <StatusChip
              icon={<TaskAltOutlinedIcon aria-hidden />}
              label={`Closed: ${CLOSURE_VERDICT_LABELS[programme.verdict]}`}
            />
          )}
        </Box>
      </TableCell>
      <TableCell sx={{ maxWidth: 160 }}>
        <RefLink entityRef={programme.ownerRef} />
      </TableCell>
      <TableCell>
        <PhaseLabel phase={programme.phase} />
        <SustainIndicator facts={sustainFromSummary(programme)} />
      </TableCell>
      <TableCell>
        {status?.levels.length ? (
          <CompactLevels levels={status.levels} />
        ) : (
          NOT_KNOWN
        )}
      </TableCell>
      <TableCell>
        {status ? (
          <WordsOver words={describeSummit(status)}>
            {status.summitPercent !== null && (
              <SummitMeter percent={status.summitPercent} />
            )}
          </WordsOver>
        ) : (
          NOT_KNOWN
        )}
      </TableCell>
      <TableCell>
        {status ? (
          <WordsOver words={describeScore(status)}>
            <Box sx={{ width: KNOWLEDGE_BAR_WIDTH }}>
              <KnowledgeTransferBar score={status.score} compact />
            </Box>
          </WordsOver>
        ) : (
          NOT_KNOWN
        )}
      </TableCell>
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
        <Button
          size="small"
          aria-label={`Details for ${programme.title}`}
          aria-haspopup="dialog"
          onClick={() => onDetails(programme)}
        >
          Details
        </Button>
      </TableCell>
    </TableRow>
  );
};
