import { useApi } from '@backstage/frontend-plugin-api';
import {
  skillsCoverage,
  skillsMatrixSchema,
  type ProcessCoverage,
  type Programme,
  type Proficiency,
  type SkillsMatrix,
} from '@csip-coach/plugin-csip-common';
import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { csipApiRef } from '../../../api';
import type { ProgrammeActionAccess } from '../../../hooks/useProgrammeAction';
import { formatDateTime } from '../../../util/formatDate';
import {
  NotAllowedNote,
  NoticeAlert,
  RefLink,
  useFormDialog,
} from '../../shared';
import {
  draftFrom,
  draftPeople,
  matrixPeople,
  setCell,
  SkillsDraft,
} from './skillsDraft';
import { SkillsTable } from './SkillsTable';
import { AnchorSection } from '../AnchorSection';

/** @internal */
export type SkillsMatrixEditorProps = {
  programme: Programme;
  /** The saved matrix. */
  skills: SkillsMatrix;
  /** The saved matrix's coverage of each in-scope process. */
  coverage: ProcessCoverage[];
  /** The in-scope processes, in order, with their names. */
  processes: ReadonlyArray<{ id: string; name: string }>;
  /**
   * Whether the signed-in user may keep the matrix (leads and coaches, by
   * rule), and if not why: from `useProgrammeAction('manageHandover', …)`.
   */
  editAccess: ProgrammeActionAccess;
  /** Called after the matrix was saved, to reload the handover. */
  onSaved: () => void;
  /** Loads the latest matrix after someone else saved it meanwhile. */
  onReload?: () => void;
};

const asSentence = (message: string) =>
  /[.!?]$/.test(message) ? message : `${message}.`;

/** The form's values: the cells, under one name (people's refs hold dots). */
type SkillsForm = { cells: SkillsDraft };

/**
 * Who knows which in-scope process how well, and whether each process is
 * covered by two people proficient or better. Leads and coaches change
 * the cells and save the whole matrix with the version they read; everyone
 * else reads it and is told why they may not change it. The section is the
 * target of links to `#handover-skills`.
 *
 * @internal
 */
export const SkillsMatrixEditor = ({
  programme,
  skills,
  coverage,
  processes,
  editAccess,
  onSaved,
  onReload,
}: SkillsMatrixEditorProps) => {
  const csipApi = useApi(csipApiRef);
  const canEdit = editAccess.allowed;
  const [notice, setNotice] = useState<string>();
  const people = useMemo(
    () => matrixPeople(programme, skills),
    [programme, skills],
  );
  const form = useFormDialog({
    schema: skillsMatrixSchema,
    defaultValues: { cells: draftFrom(skills) },
    toBody: ({ cells }: SkillsForm) => ({
      people: draftPeople(cells, people),
      version: skills.version,
    }),
    onSubmit: async body => {
      await csipApi.putSkills(programme.id, body);
      setNotice('Saved the skills matrix.');
      onSaved();
    },
  });
  const { control, reset, busy: saving, stale } = form;
  const draft = useWatch({ control, name: 'cells' });
  const failure = form.serverError ?? Object.values(form.errors)[0];

  // A newly saved matrix replaces the draft; other reloads keep the edits.
  useEffect(() => {
    reset({ cells: draftFrom(skills) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [skills.version]);

  const ids = processes.map(p => p.id);
  const changed = draftPeople(draft, people);
  const dirty =
    JSON.stringify(changed) !==
    JSON.stringify(draftPeople(draftFrom(skills), people));
  const shownCoverage = dirty ? skillsCoverage(changed, ids) : coverage;

  const change = (ref: string, process: string, value: Proficiency | '') => {
    setNotice(undefined);
    const { getValues, setValue } = form.form;
    setValue('cells', setCell(getValues('cells'), ref, process, value));
  };

  const save = () => {
    setNotice(undefined);
    return form.submit();
  };

  return (
    <AnchorSection
      anchor="handover-skills"
      labelledBy="csip-handover-skills-title"
    >
      <Typography id="csip-handover-skills-title" variant="h6" component="h4">
        Skills matrix
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Who knows each in-scope process how well. A process is covered when at
        least two people are proficient or better, so nobody is the only one who
        can run it.
      </Typography>
      {!canEdit && (
        <NotAllowedNote
          id="csip-handover-skills-why"
          reason={editAccess.reason && `Read only: ${editAccess.reason}`}
        />
      )}
      <NoticeAlert notice={notice} onClose={() => setNotice(undefined)} />
      {failure && (
        <Alert
          severity="error"
          role="alert"
          action={
            stale && onReload ? (
              <Button color="inherit" size="small" onClick={onReload}>
                Reload
              </Button>
            ) : undefined
          }
        >
          The skills matrix was not saved: {asSentence(failure)}
          {stale &&
            ' Someone else saved it meanwhile: reload to see their changes, then make yours again.'}
        </Alert>
      )}
      {processes.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 3 }}>
          <Typography variant="body1">
            No processes in scope yet. The matrix lists the in-scope processes
            once a scope is published.
          </Typography>
        </Paper>
      ) : (
        <>
          <SkillsTable
            labelledBy="csip-handover-skills-title"
            people={people}
            processes={processes}
            draft={draft}
            coverage={shownCoverage}
            onChange={canEdit ? change : undefined}
            disabled={saving}
          />
          {dirty && (
            <Typography variant="body2" color="text.secondary">
              Unsaved changes: the coverage shown includes them.
            </Typography>
          )}
          {canEdit && (
            <Box>
              <Button
                variant="contained"
                startIcon={<SaveIcon aria-hidden />}
                disabled={!dirty || saving}
                onClick={save}
              >
                Save skills
              </Button>
            </Box>
          )}
        </>
      )}
      {skills.updatedBy && skills.updatedAt && (
        <Typography variant="body2" color="text.secondary">
          Last saved by <RefLink entityRef={skills.updatedBy} /> on{' '}
          {formatDateTime(skills.updatedAt)}.
        </Typography>
      )}
    </AnchorSection>
  );
};
