import type {
  HandoverStatus,
  MaturityModel,
} from '@csip-coach/plugin-csip-common';
import { HandoverStore } from '../database/HandoverStore';
import { ensureChecklist } from '../services/HandoverService/computeHandoverView';

const COACH = 'user:default/alex.coach';
const PRIYA = 'user:default/priya.change';

/** Where the demo team stands on some checklist items. */
const PROGRESS: Array<{
  templateKey: string;
  process?: string;
  status: HandoverStatus;
  evidence?: string;
  by: string;
}> = [
  {
    templateKey: 'process-owner-accepted',
    process: 'change',
    status: 'verified',
    evidence: 'Priya named as change process owner at the October board.',
    by: COACH,
  },
  {
    templateKey: 'documentation-owned',
    process: 'change',
    status: 'demonstrated',
    evidence: 'The last four edits of the change procedure are by the team.',
    by: PRIYA,
  },
  {
    templateKey: 'improvement-register-owned',
    status: 'in-progress',
    by: PRIYA,
  },
  {
    templateKey: 'metrics-kept',
    process: 'change',
    status: 'in-progress',
    by: PRIYA,
  },
];

/**
 * Creates the demo "Change management CSIP" checklist from its scope and
 * records some progress and a skills matrix, so the Handover tab has
 * something to show.
 *
 * @internal
 */
export async function seedDemoHandover(options: {
  handover: HandoverStore;
  model: MaturityModel;
  programmeId: string;
  processes: string[];
}): Promise<void> {
  const { handover, programmeId } = options;
  await ensureChecklist(programmeId, options.processes, options);
  const items = await handover.listItems(programmeId);
  for (const progress of PROGRESS) {
    const item = items.find(
      i =>
        i.templateKey === progress.templateKey &&
        i.process === progress.process,
    );
    if (!item) continue;
    await handover.updateItem(item.id, {
      status: progress.status,
      evidence: progress.evidence,
      updatedBy: progress.by,
      ...(progress.status === 'verified' && {
        verifiedBy: progress.by,
        verifiedAt: new Date().toISOString(),
      }),
    });
  }
  await handover.putSkills(
    programmeId,
    {
      people: [
        {
          userRef: PRIYA,
          skills: { change: 'expert', configuration: 'developing' },
        },
        {
          userRef: 'user:default/omar.ops',
          skills: {
            change: 'developing',
            configuration: 'proficient',
            release: 'novice',
          },
        },
      ],
      version: 0,
    },
    PRIYA,
  );
}
