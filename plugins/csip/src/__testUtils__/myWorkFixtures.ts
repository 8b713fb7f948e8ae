import type { MyWork } from '@csip-coach/plugin-csip-common';
import { daysFromToday } from './actionFixtures';

/**
 * Priya's work: an overdue action in Change, one due soon in Release, a
 * Change scope awaiting her agreement, and her roles in both programmes.
 */
export function aMyWork(overrides: Partial<MyWork> = {}): MyWork {
  return {
    actions: [
      {
        id: 'a1',
        programmeId: 'p1',
        programmeTitle: 'Change management CSIP',
        description: 'Write the CAB terms of reference',
        dueDate: daysFromToday(-3),
        status: 'open',
        overdue: true,
        dueSoon: false,
        version: 1,
      },
      {
        id: 'a2',
        programmeId: 'p2',
        programmeTitle: 'Release CSIP',
        description: 'Publish the release calendar',
        dueDate: daysFromToday(5),
        status: 'in-progress',
        overdue: false,
        dueSoon: true,
        version: 2,
      },
    ],
    followUps: [],
    awaitingAgreement: [
      {
        programmeId: 'p1',
        programmeTitle: 'Change management CSIP',
        ownerRef: 'group:default/it-operations',
        versionNumber: 2,
        publishedBy: 'user:default/alex.coach',
        publishedAt: '2026-11-20T10:00:00.000Z',
      },
    ],
    programmes: [
      {
        id: 'p1',
        title: 'Change management CSIP',
        ownerRef: 'group:default/it-operations',
        phase: 'implement',
        roles: ['sponsor', 'lead'],
      },
      {
        id: 'p2',
        title: 'Release CSIP',
        ownerRef: 'group:default/it-operations',
        phase: 'establish',
        roles: ['member'],
      },
    ],
    ...overrides,
  };
}
