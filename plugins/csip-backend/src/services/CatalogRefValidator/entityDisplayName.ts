import type { Entity } from '@backstage/catalog-model';

/** The name part of an entity ref: `user:default/omar.ops` → `omar.ops`. */
export function refName(ref: string): string {
  return ref.slice(Math.max(ref.indexOf(':'), ref.lastIndexOf('/')) + 1);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * What people call an entity: a user's or group's
 * `spec.profile.displayName`, else its `metadata.title`, else its name.
 *
 * @internal
 */
export function entityDisplayName(entity: Entity): string {
  const profile = (entity.spec as { profile?: { displayName?: unknown } })
    ?.profile;
  return (
    text(profile?.displayName) ??
    text(entity.metadata.title) ??
    entity.metadata.name
  );
}

/**
 * Each ref with its name part, for when the catalog has no better name
 * (it is not asked, cannot answer or does not have the entity).
 *
 * @internal
 */
export function refNames(refs: readonly string[]): Map<string, string> {
  return new Map(refs.map(ref => [ref, refName(ref)]));
}
