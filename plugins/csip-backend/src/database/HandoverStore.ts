import type {
  HandoverItem,
  HandoverItemCreate,
  HandoverStatus,
  SkillsMatrix,
  SkillsMatrixUpdate,
  TemplateItemDraft,
} from '@csip-coach/plugin-csip-common';

/** A change to an item as the service hands it to the store. @internal */
export type HandoverItemPatch = {
  status?: HandoverStatus;
  evidence?: string;
  owner?: string | null;
  verifiedBy?: string | null;
  verifiedAt?: string | null;
  demonstratedBy?: string | null;
  demonstratedAt?: string | null;
  updatedBy: string;
};

/**
 * Persistence of the handover checklist and the skills matrix.
 *
 * @internal
 */
export interface HandoverStore {
  /** In display order. */
  listItems(programmeId: string): Promise<HandoverItem[]>;
  /** The checklists of several programmes at once (the status backfill). */
  listItemsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, HandoverItem[]>>;
  getItem(id: string): Promise<HandoverItem | undefined>;
  /** Adds template items; ones the programme already has are skipped. */
  addTemplateItems(
    programmeId: string,
    drafts: TemplateItemDraft[],
  ): Promise<void>;
  addCustomItem(
    programmeId: string,
    item: HandoverItemCreate,
    createdBy: string,
  ): Promise<HandoverItem>;
  /** ConflictError when `version` is given and stale; NotFoundError when missing. */
  updateItem(
    id: string,
    patch: HandoverItemPatch,
    version?: number,
  ): Promise<HandoverItem>;
  /**
   * Retires the per-process items of processes no longer in `inScope`
   * (kept, not counted) and restores retired items whose process is back.
   */
  retireAndRestore(
    programmeId: string,
    inScope: readonly string[],
  ): Promise<void>;
  getSkills(programmeId: string): Promise<SkillsMatrix>;
  /** The skills matrices of several programmes at once (the status backfill). */
  getSkillsOf(
    programmeIds: readonly string[],
  ): Promise<Map<string, SkillsMatrix>>;
  /** Replaces the matrix; ConflictError when `version` is given and stale. */
  putSkills(
    programmeId: string,
    update: SkillsMatrixUpdate,
    updatedBy: string,
  ): Promise<SkillsMatrix>;
}
