import { Progress } from '@backstage/frontend-plugin-api';
import {
  BUILT_IN_PROCESSES,
  type Programme,
} from '@csip-coach/plugin-csip-common';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import { useMaturityModel } from '../../../hooks/useMaturityModel';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { CoachFadeOut } from '../CoachFadeOut';
import { HandoverChecklist } from '../HandoverChecklist';
import { ReadinessPanel } from '../ReadinessPanel';
import { SkillsMatrixEditor } from '../SkillsMatrixEditor';
import { SummitProgress } from '../SummitProgress';
import { useHandover } from '../useHandover';
import { LoadError, SectionPanel } from '../../shared';

/** @internal */
export type HandoverTabProps = {
  programme: Programme;
};

/**
 * The coach's handover: "the test of a good coach is that when they leave,
 * others will carry on successfully". The knowledge-transfer score and the
 * climb to the agreed targets, whether the coach can leave and what still
 * stands in the way, the handover checklist, the skills matrix with each
 * process's coverage, and how far the coach has faded out of the reviews.
 * Who may update, verify and add items and keep the skills matrix follows
 * the programme's roles and the portal's permission policy
 * (`useProgrammeAction`).
 *
 * @internal
 */
export const HandoverTab = ({ programme }: HandoverTabProps) => {
  const location = useLocation();
  const handover = useHandover(programme.id);
  // Only for process names; the built-in names do without it.
  const model = useMaturityModel();
  const updateAccess = useProgrammeAction('updateHandoverItem', programme);
  const verifyAccess = useProgrammeAction('verifyHandoverItem', programme);
  const manageAccess = useProgrammeAction('manageHandover', programme);

  const heading = (
    <Stack spacing={1}>
      <Typography variant="h5" component="h3">
        Handover
      </Typography>
      <Typography variant="body2" color="text.secondary">
        The test of a good coach is that when they leave, others will carry on
        successfully. This is how far the team has come in carrying on without
        the coach.
      </Typography>
    </Stack>
  );

  if (handover.error && !handover.loading) {
    return (
      <Stack spacing={3}>
        {heading}
        <LoadError failed={handover} title="Could not load the handover" />
      </Stack>
    );
  }
  if (
    !handover.value ||
    model.loading ||
    updateAccess.loading ||
    verifyAccess.loading ||
    manageAccess.loading
  ) {
    return <Progress />;
  }

  const view = handover.value;
  if (
    view.items.length === 0 &&
    view.readiness.blockers.some(b => b.code === 'no-scope')
  ) {
    return (
      <Stack spacing={3}>
        {heading}
        <SectionPanel
          titleId="csip-handover-empty"
          title="No handover checklist yet"
          headingComponent="h4"
          spacing={2}
          alignItems="flex-start"
        >
          <Typography variant="body1">
            The handover checklist is created when the programme’s first scope
            is published. It then lists what has to be true for each process in
            scope before the coach can leave.
          </Typography>
          <Link component={RouterLink} to={`${location.pathname}?tab=scope`}>
            Go to the scope
          </Link>
        </SectionPanel>
      </Stack>
    );
  }

  const modelProcesses: ReadonlyArray<{ id: string; name: string }> =
    model.value?.processes ?? BUILT_IN_PROCESSES;
  const processName = (id: string) =>
    modelProcesses.find(p => p.id === id)?.name ?? id;
  const inScope = view.coverage.map(c => ({
    id: c.process,
    name: processName(c.process),
  }));

  return (
    <Stack spacing={3}>
      {heading}
      <SummitProgress
        score={view.score}
        summit={view.summit}
        processName={processName}
      />
      <ReadinessPanel readiness={view.readiness} />
      <HandoverChecklist
        items={view.items}
        programme={programme}
        processes={modelProcesses}
        updateAccess={updateAccess}
        addAccess={manageAccess}
        verifyAccess={verifyAccess}
        onChanged={handover.retry}
      />
      <SkillsMatrixEditor
        programme={programme}
        skills={view.skills}
        coverage={view.coverage}
        processes={inScope}
        editAccess={manageAccess}
        onSaved={handover.retry}
        onReload={handover.retry}
      />
      <CoachFadeOut fadeOut={view.fadeOut} processName={processName} />
    </Stack>
  );
};
