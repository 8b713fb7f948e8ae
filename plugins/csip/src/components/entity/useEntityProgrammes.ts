import {
  defaultEntityPresentation,
  type useEntity,
} from '@backstage/plugin-catalog-react';
import type {
  Programme,
  ProgrammeSummary,
} from '@csip-coach/plugin-csip-common';
import type { CsipApi } from '../../api';
import { useCsipQuery } from '../../hooks/useCsipQuery';
import { fullStop } from '../shared/useFormDialog/sentence';
import { errorKind } from '../../api/errorKind';
import { errorSentence } from '../../api/errorSentence';

/**
 * A catalog entity, as `useEntity()` gives it.
 *
 * @public
 */
export type CatalogEntity = ReturnType<typeof useEntity>['entity'];

/**
 * The catalog annotation that links an entity to programmes it does not own:
 * one programme id, or several separated by commas.
 *
 * @public
 */
export const CSIP_PROGRAMME_ANNOTATION = 'csip-coach/programme-id';

/** Kinds whose pages offer the Improvement tab and card. */
const CSIP_KINDS = ['group', 'system', 'component'];

/** Kinds that can own a programme (`ownerRef`). */
const OWNER_KINDS = ['group', 'system'];

/** How many owned programmes the entity page loads. */
const OWNED_LIMIT = 50;

const kindOf = (entity: CatalogEntity) =>
  (entity.kind ?? '').toLocaleLowerCase('en-US');

/**
 * Whether an entity's page offers CSIP Coach: groups, systems and
 * components, even before they have a programme, so people learn they can
 * start one.
 *
 * @public
 */
export function isCsipAvailable(entity: CatalogEntity): boolean {
  return CSIP_KINDS.includes(kindOf(entity));
}

/** Whether the entity can own programmes: groups and systems can. */
export function canOwnProgrammes(entity: CatalogEntity): boolean {
  return OWNER_KINDS.includes(kindOf(entity));
}

/** The programme ids of the entity's annotation, trimmed and de-duplicated. */
export function annotatedProgrammeIds(entity: CatalogEntity): string[] {
  const value = entity.metadata.annotations?.[CSIP_PROGRAMME_ANNOTATION] ?? '';
  const ids = value
    .split(',')
    .map(id => id.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The programmes of one entity, as the entity page shows them. */
export type EntityProgrammes = {
  /** Active programmes first, each group most recently updated first. */
  programmes: ProgrammeSummary[];
  /** Annotated programmes that could not be loaded, in words. */
  warnings: string[];
  /** The entity owns more programmes than were loaded. */
  more: boolean;
};

const toSummary = (p: Programme): ProgrammeSummary => ({
  id: p.id,
  title: p.title,
  driver: p.driver,
  ownerRef: p.ownerRef,
  phase: p.phase,
  approach: p.approach,
  archived: p.archived,
  version: p.version,
  updatedAt: p.updatedAt,
});

const byActivityThenUpdate = (a: ProgrammeSummary, b: ProgrammeSummary) =>
  Number(a.archived) - Number(b.archived) ||
  b.updatedAt.localeCompare(a.updatedAt);

function annotationWarning(id: string, error: unknown): string {
  const kind = errorKind(error);
  const named = `Programme ${id}, named in the ${CSIP_PROGRAMME_ANNOTATION} annotation,`;
  if (kind === 'notFound') {
    return `${named} does not exist. Check the id in the entity’s catalog-info.yaml.`;
  }
  if (kind === 'forbidden') {
    return `${named} is not visible to you.`;
  }
  return `${named} could not be loaded: ${fullStop(errorSentence(error))}`;
}

async function loadEntityProgrammes(
  csipApi: CsipApi,
  entity: CatalogEntity,
): Promise<EntityProgrammes> {
  const ref = defaultEntityPresentation(entity).entityRef;
  const owned = canOwnProgrammes(entity)
    ? await csipApi.listProgrammes({ owner: ref, limit: OWNED_LIMIT })
    : { items: [], nextCursor: undefined };
  const found = new Map(owned.items.map(p => [p.id, p]));
  const warnings: string[] = [];
  const annotated = annotatedProgrammeIds(entity).filter(id => !found.has(id));
  const results = await Promise.allSettled(
    annotated.map(id => csipApi.getProgramme(id)),
  );
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') {
      found.set(result.value.id, toSummary(result.value));
    } else {
      warnings.push(annotationWarning(annotated[index], result.reason));
    }
  });
  return {
    programmes: [...found.values()].sort(byActivityThenUpdate),
    warnings,
    more: Boolean(owned.nextCursor),
  };
}

/**
 * The improvement programmes that belong to a catalog entity: those it owns
 * (groups and systems own programmes) and those its
 * `csip-coach/programme-id` annotation names. An annotated programme that
 * is missing or hidden becomes a warning rather than an error.
 */
export function useEntityProgrammes(entity: CatalogEntity) {
  const ref = defaultEntityPresentation(entity).entityRef;
  const annotation = annotatedProgrammeIds(entity).join(',');
  return useCsipQuery(
    csipApi => loadEntityProgrammes(csipApi, entity),
    // The entity object may be re-created on every catalog refresh; reload
    // only when what the lookup depends on changes.
    [ref, annotation],
  );
}
