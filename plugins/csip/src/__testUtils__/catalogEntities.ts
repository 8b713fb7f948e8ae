import type { CatalogApi } from '@backstage/plugin-catalog-react';

type Entity = Awaited<ReturnType<CatalogApi['getEntities']>>['items'][number];

function entity(kind: string, name: string, title: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', title },
    spec: {},
  };
}

/** A few groups, systems, users and a component, for catalog pickers. */
export const catalogEntities: Entity[] = [
  entity('Group', 'it-operations', 'IT Operations'),
  entity('Group', 'service-desk', 'Service Desk'),
  entity('System', 'change-platform', 'Change Platform'),
  entity('Component', 'change-api', 'Change API'),
  entity('User', 'dana.sponsor', 'Dana Sponsor'),
  entity('User', 'alex.coach', 'Alex Coach'),
];
