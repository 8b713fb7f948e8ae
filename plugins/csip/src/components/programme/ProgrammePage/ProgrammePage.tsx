import { Link } from '@backstage/core-components';
import { useRouteRef, useRouteRefParams } from '@backstage/frontend-plugin-api';
import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import PrintOutlinedIcon from '@mui/icons-material/PrintOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import {
  programmeReportRouteRef,
  programmeRouteRef,
  rootRouteRef,
} from '../../../routes';
import { ActionsTab } from '../../actions';
import { ApproachTab } from '../../approach';
import { CoachingTab } from '../../coaching';
import { FeedbackTab } from '../../feedback';
import { EditProgrammeDialog } from '../EditProgrammeDialog';
import { ExportProgrammeButton } from '../ExportProgrammeButton';
import { HandoverGlance } from '../../handover';
import { HandoverTab } from '../../handover';
import { MembershipHistory } from '../MembershipHistory';
import {
  ArchivedChip,
  LoadState,
  PermittedButton,
  PhaseLabel,
  ProvenanceNote,
} from '../../shared';
import { PhaseStepper } from '../PhaseStepper';
import { ProgrammeOverview } from '../ProgrammeOverview';
import { ReviewsTab } from '../../reviews';
import { ScopeTab } from '../../scope';
import { useProgramme } from '../useProgramme';

const TABS = [
  { id: 'overview', label: 'Overview' },
  { id: 'approach', label: 'Approach' },
  { id: 'scope', label: 'Scope' },
  { id: 'reviews', label: 'Reviews' },
  { id: 'coaching', label: 'Coaching' },
  { id: 'feedback', label: 'Feedback' },
  { id: 'actions', label: 'Actions' },
  { id: 'handover', label: 'Handover' },
] as const;

type TabId = (typeof TABS)[number]['id'];

/**
 * One programme: its title and phase, and tabs for the overview (what the
 * programme is and where it stands in its phases), the implementation
 * approach, the scope with its sponsors' agreement, the coaching reviews of
 * its processes, coaching between reviews, the action register and the
 * handover. The open tab is kept in `?tab=` so it can be linked to.
 * Leads and coaches edit the programme and its members from the header
 * (`useProgrammeAction('updateProgramme')`); an imported programme says
 * where it came from under its title; the overview keeps the membership
 * history.
 *
 * @internal
 */
export const ProgrammePage = () => {
  const { programmeId } = useRouteRefParams(programmeRouteRef);
  const homeLink = useRouteRef(rootRouteRef);
  const reportLink = useRouteRef(programmeReportRouteRef);
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('tab');
  const tab: TabId = TABS.find(t => t.id === requested)?.id ?? TABS[0].id;
  const programmeState = useProgramme(programmeId);
  const { retry } = programmeState;
  const [editing, setEditing] = useState(false);
  const edit = useProgrammeAction('updateProgramme', programmeState.value);

  // The CSIP page opens on "For you"; the way back goes to the portfolio.
  const portfolio = homeLink ? `${homeLink()}?tab=portfolio` : undefined;

  const body = (
    <LoadState
      state={programmeState}
      errorTitle="Could not load the programme"
      notFound="This programme does not exist or was removed."
      back={
        portfolio
          ? { to: portfolio, label: 'Back to the programme list' }
          : undefined
      }
    >
      {programme => (
        <Stack spacing={3}>
          <Stack
            direction="row"
            spacing={2}
            alignItems="center"
            flexWrap="wrap"
          >
            <Typography variant="h4" component="h2">
              {programme.title}
            </Typography>
            <PhaseLabel phase={programme.phase} />
            {programme.archived && <ArchivedChip />}
            <Stack
              direction="row"
              spacing={1}
              sx={{ ml: 'auto !important' }}
              flexWrap="wrap"
              useFlexGap
            >
              {reportLink && (
                <Button
                  component={RouterLink}
                  to={reportLink({ programmeId: programme.id })}
                  variant="outlined"
                  startIcon={<PrintOutlinedIcon aria-hidden />}
                >
                  Printable report
                </Button>
              )}
              <PermittedButton
                access={edit}
                reasonId="csip-edit-programme-button-why"
                variant="outlined"
                startIcon={<EditOutlinedIcon aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit programme
              </PermittedButton>
              <ExportProgrammeButton programme={programme} />
            </Stack>
          </Stack>
          {programme.provenance && (
            <ProvenanceNote provenance={programme.provenance} />
          )}
          {programme.archived && (
            <Alert severity="info" icon={<ArchiveOutlinedIcon />}>
              Archived: this programme is kept for its history and is no longer
              active.
            </Alert>
          )}
          <Box sx={{ borderBottom: 1, borderColor: 'divider' }}>
            <Tabs
              value={tab}
              onChange={(_event, value: TabId) =>
                setSearchParams(value === 'overview' ? {} : { tab: value }, {
                  replace: true,
                })
              }
              aria-label="Programme sections"
            >
              {TABS.map(t => (
                <Tab
                  key={t.id}
                  value={t.id}
                  label={t.label}
                  id={`csip-tab-${t.id}`}
                  aria-controls={`csip-tabpanel-${t.id}`}
                />
              ))}
            </Tabs>
          </Box>
          <Box
            role="tabpanel"
            id={`csip-tabpanel-${tab}`}
            aria-labelledby={`csip-tab-${tab}`}
          >
            {tab === 'overview' && (
              <Stack spacing={3}>
                <PhaseStepper programme={programme} onMoved={retry} />
                <HandoverGlance programmeId={programme.id} />
                <ProgrammeOverview programme={programme} />
                <MembershipHistory
                  programmeId={programme.id}
                  refreshKey={programme.version}
                />
              </Stack>
            )}
            {tab === 'approach' && (
              <ApproachTab programme={programme} onDecided={retry} />
            )}
            {tab === 'scope' && (
              <ScopeTab
                programmeId={programme.id}
                programme={programme}
                onChanged={retry}
              />
            )}
            {tab === 'reviews' && <ReviewsTab programme={programme} />}
            {tab === 'coaching' && <CoachingTab programme={programme} />}
            {tab === 'feedback' && <FeedbackTab programme={programme} />}
            {tab === 'actions' && <ActionsTab programme={programme} />}
            {tab === 'handover' && <HandoverTab programme={programme} />}
          </Box>
          {editing && (
            <EditProgrammeDialog
              programme={programme}
              onClose={() => setEditing(false)}
              onStale={retry}
              onSaved={() => {
                setEditing(false);
                retry();
              }}
            />
          )}
        </Stack>
      )}
    </LoadState>
  );

  return (
    <Box component="main" sx={{ p: 3 }}>
      <Stack spacing={2}>
        {portfolio && (
          <Link
            to={portfolio}
            style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
          >
            <ArrowBackIcon fontSize="small" aria-hidden />
            All programmes
          </Link>
        )}
        {body}
      </Stack>
    </Box>
  );
};
