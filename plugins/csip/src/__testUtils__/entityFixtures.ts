import type { ProgrammeSummary } from '@csip-coach/plugin-csip-common';
import type { CatalogEntity } from '../components/entity/useEntityProgrammes';

function anEntity(
  kind: string,
  name: string,
  metadata: Partial<CatalogEntity['metadata']> = {},
  spec: CatalogEntity['spec'] = {},
): CatalogEntity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
  };
}

/** The IT Operations team, owner of programme p1. */
export function aGroupEntity(
  metadata: Partial<CatalogEntity['metadata']> = {},
): CatalogEntity {
  return anEntity(
    'Group',
    'it-operations',
    { title: 'IT Operations', ...metadata },
    { type: 'team', profile: { displayName: 'IT Operations' }, children: [] },
  );
}

/** The payments platform system. */
export function aSystemEntity(
  metadata: Partial<CatalogEntity['metadata']> = {},
): CatalogEntity {
  return anEntity('System', 'payments-platform', {
    title: 'Payments Platform',
    ...metadata,
  });
}

/** A component, optionally naming programmes in its annotation. */
export function aComponentEntity(programmeIds?: string): CatalogEntity {
  return anEntity(
    'Component',
    'change-api',
    {
      title: 'Change API',
      ...(programmeIds === undefined
        ? {}
        : { annotations: { 'csip-coach/programme-id': programmeIds } }),
    },
    { type: 'service', lifecycle: 'production', owner: 'it-operations' },
  );
}

/** A user, whose page offers no Improvement tab. */
export function aUserEntity(): CatalogEntity {
  return anEntity('User', 'priya.change');
}

/** Programme p1 as the programme list returns it. */
export function aProgrammeSummary(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return {
    id: 'p1',
    title: 'Change management CSIP',
    driver: 'operational',
    ownerRef: 'group:default/it-operations',
    phase: 'implement',
    approach: 'diy-with-coaching',
    archived: false,
    version: 3,
    updatedAt: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

/** A second programme of IT Operations, in establish, updated later. */
export function aSecondProgrammeSummary(
  overrides: Partial<ProgrammeSummary> = {},
): ProgrammeSummary {
  return aProgrammeSummary({
    id: 'p2',
    title: 'Release cadence CSIP',
    phase: 'establish',
    approach: undefined,
    version: 1,
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  });
}
