import { Progress } from '@backstage/frontend-plugin-api';
import type {
  AgreementCreate,
  Programme,
  ScopeStatus,
} from '@csip-coach/plugin-csip-common';
import CancelOutlinedIcon from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import PublishIcon from '@mui/icons-material/Publish';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useProgrammeAction } from '../../../hooks/useProgrammeAction';
import { useUserEntityRef } from '../../../hooks/useUserEntityRef';
import { errorSentence } from '../../../api/errorSentence';
import { formatDateTime } from '../../../util/formatDate';
import { SCOPE_STATUS_NAMES } from '../../../util/labels';
import { AgreementDialog } from '../AgreementDialog';
import {
  LoadError,
  LoadState,
  LookedUpStatusChip,
  NoticeAlert,
  PermittedButton,
  RefLink,
  SectionPanel,
  type StatusLook,
  TitleBar,
} from '../../shared';
import { ScopeApprovers } from '../ScopeApprovers';
import { ScopeDecisionRecord } from '../ScopeDecisionRecord';
import { ScopeDetails } from '../ScopeDetails';
import { ScopeDiff } from '../ScopeDiff';
import { ScopeEditorDialog } from '../ScopeEditorDialog';
import { ScopeVersionHistory } from '../ScopeVersionHistory';
import { useProgramme } from '../../programme/useProgramme';
import { useScope } from '../useScope';
import { useScopeAgreements } from '../useScopeAgreements';
import { ScopeDecision } from './ScopeDecision';

const STATUS_LOOKS: Record<ScopeStatus, StatusLook> = {
  draft: { icon: <EditNoteIcon aria-hidden />, tone: 'default' },
  'awaiting-agreement': {
    icon: <HourglassEmptyIcon aria-hidden />,
    tone: 'warning',
  },
  agreed: { icon: <CheckCircleOutlineIcon aria-hidden />, tone: 'success' },
  declined: { icon: <CancelOutlinedIcon aria-hidden />, tone: 'error' },
};

/** The scope status in words with an icon, never colour alone. */
export const ScopeStatusChip = ({ status }: { status: ScopeStatus }) => (
  <LookedUpStatusChip
    status={status}
    looks={STATUS_LOOKS}
    names={SCOPE_STATUS_NAMES}
    size="medium"
  />
);

/** @internal */
export type ScopeTabProps = {
  programmeId: string;
  /**
   * The programme, when the page has it already: its members decide who
   * may publish. Loaded here otherwise.
   */
  programme?: Programme;
  /** Called after a version is published or a decision recorded. */
  onChanged?: () => void;
};

const same = (a: string, b: string) =>
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * The programme's scope: the current version and its status, every
 * approver's decision, what changed since the previous version, the
 * signed-in approver's way to agree or decline (and later change their
 * mind: a new record, the latest counts), the record of every decision on
 * the current version, publishing a new version, and the version history.
 * Publishing is for the programme's leads and coaches, agreeing for its
 * required approvers, and the portal's permission policy may narrow both:
 * a disabled button then says why.
 *
 * @internal
 */
export const ScopeTab = ({
  programmeId,
  programme: given,
  onChanged,
}: ScopeTabProps) => {
  const [deciding, setDeciding] = useState<AgreementCreate['decision']>();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const scope = useScope(programmeId);
  const { versions } = scope;
  const record = useScopeAgreements(programmeId, scope.value?.current?.number);
  const me = useUserEntityRef().value;
  const loadedProgramme = useProgramme(programmeId, given);
  const programme = loadedProgramme.value;
  const publish = useProgrammeAction('publishScope', programme);
  const agree = useProgrammeAction('agreeScope', programme, {
    eligible: scope.value?.approvers.map(a => a.userRef) ?? [],
  });

  const refresh = () => {
    scope.retry();
    onChanged?.();
  };

  if (scope.error && !scope.loading) {
    return <LoadError failed={scope} title="Could not load the scope" />;
  }
  if (!scope.value) {
    return <Progress />;
  }
  const { current, status, approvers, diff } = scope.value;
  const mine = me ? approvers.find(a => same(a.userRef, me)) : undefined;
  const canDecide = Boolean(current && mine && !mine.decision);
  // An approver who decided may change their mind: a new record counts.
  const hasDecided = Boolean(current && mine?.decision);

  const confirm = async (agreement: AgreementCreate) => {
    await scope.agree(current!.number, agreement);
    record.retry();
    setDeciding(undefined);
    const done = `${
      agreement.decision === 'agree' ? 'agreed' : 'declined'
    } scope version ${current!.number}`;
    setNotice(
      hasDecided ? `You changed your decision: you ${done}.` : `You ${done}.`,
    );
    onChanged?.();
  };

  const publishButton = loadedProgramme.error ? (
    <Alert severity="warning">
      Publishing is not offered: the programme could not be loaded to check who
      may publish. {errorSentence(loadedProgramme.error)}
    </Alert>
  ) : (
    <PermittedButton
      access={publish}
      reasonId="csip-scope-publish-why"
      variant={current ? 'outlined' : 'contained'}
      startIcon={<PublishIcon />}
      onClick={() => setEditing(true)}
    >
      Publish new version
    </PermittedButton>
  );

  // Beside the decision for an approver yet to decide, else after the approvers.
  const whatChanged = current && (
    <ScopeDiff versionNumber={current.number} diff={diff} />
  );

  const history = (
    <LoadState state={versions} errorTitle="Could not load the version history">
      {value => <ScopeVersionHistory versions={value} />}
    </LoadState>
  );

  return (
    <Stack spacing={3}>
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      {current ? (
        <>
          <Stack spacing={1}>
            <TitleBar
              title={`Scope version ${current.number}`}
              status={<ScopeStatusChip status={status} />}
            >
              {publishButton}
            </TitleBar>

            <Typography variant="body2" color="text.secondary">
              Published by <RefLink entityRef={current.publishedBy} /> on{' '}
              {formatDateTime(current.publishedAt)}.
            </Typography>
          </Stack>
          {canDecide && (
            <>
              {whatChanged}
              <ScopeDecision
                versionNumber={current.number}
                access={agree}
                onDecide={setDeciding}
              />
            </>
          )}
          <ScopeDetails
            version={current}
            changes={current.number > 1 ? diff : undefined}
          />
          <ScopeApprovers approvers={approvers} />
          <LoadState
            state={record}
            errorTitle="Could not load the decision record"
          >
            {value => (
              <ScopeDecisionRecord
                versionNumber={current.number}
                agreements={value}
              />
            )}
          </LoadState>
          {hasDecided && (
            <ScopeDecision
              versionNumber={current.number}
              access={agree}
              mine={mine}
              onDecide={setDeciding}
            />
          )}
          {!canDecide && whatChanged}
        </>
      ) : (
        <SectionPanel
          titleId="csip-scope-empty"
          title="No scope published yet"
          headingVariant="h5"
          spacing={2}
          alignItems="flex-start"
        >
          <ScopeStatusChip status={status} />
          <Typography variant="body1">
            Next step: a lead or coach publishes the first scope version — the
            processes in scope with their baseline and target levels,
            objectives, milestones and resources. Then every sponsor agrees or
            declines it.
          </Typography>
          {publishButton}
        </SectionPanel>
      )}
      <Box>{history}</Box>
      {deciding && current && (
        <AgreementDialog
          decision={deciding}
          versionNumber={current.number}
          previous={hasDecided ? mine : undefined}
          onClose={() => setDeciding(undefined)}
          onConfirm={confirm}
        />
      )}
      {editing && (
        <ScopeEditorDialog
          programmeId={programmeId}
          current={current}
          onClose={() => setEditing(false)}
          onPublished={version => {
            setEditing(false);
            setNotice(
              `Published scope version ${version.number}. Every approver must now agree it.`,
            );
            refresh();
          }}
        />
      )}
    </Stack>
  );
};
