import type { HandoverItem } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_handover_items`. Optional text is `''` in `template_key`
 * and `process` (they are part of the unique `slot`), null elsewhere.
 *
 * @internal
 */
export type HandoverItemRow = {
  id: string;
  programme_id: string;
  template_key: string;
  process: string;
  title: string;
  description: string;
  category: HandoverItem['category'];
  weight: number;
  critical: boolean | number;
  owner: string | null;
  status: HandoverItem['status'];
  evidence: string | null;
  verified_by: string | null;
  verified_at: string | null;
  demonstrated_by: string | null;
  demonstrated_at: string | null;
  retired_at: string | null;
  updated_by: string | null;
  updated_at: string;
  position: number;
  version: number;
  /**
   * Unique per programme: `templateKey|process` for a template item (so that
   * seeding twice adds nothing), the item's id for a custom one.
   */
  slot: string;
};

/**
 * The handover item of a row.
 *
 * @internal
 */
export function toHandoverItem(row: HandoverItemRow): HandoverItem {
  return {
    id: row.id,
    programmeId: row.programme_id,
    ...(row.template_key && { templateKey: row.template_key }),
    title: row.title,
    description: row.description,
    category: row.category,
    ...(row.process && { process: row.process }),
    weight: row.weight,
    critical: Boolean(row.critical),
    ...(row.owner && { owner: row.owner }),
    status: row.status,
    ...(row.evidence && { evidence: row.evidence }),
    ...(row.demonstrated_by && { demonstratedBy: row.demonstrated_by }),
    ...(row.demonstrated_at && { demonstratedAt: row.demonstrated_at }),
    ...(row.verified_by && { verifiedBy: row.verified_by }),
    ...(row.verified_at && { verifiedAt: row.verified_at }),
    ...(row.retired_at && { retiredAt: row.retired_at }),
    ...(row.updated_by && { updatedBy: row.updated_by }),
    updatedAt: row.updated_at,
    version: row.version,
  };
}

/**
 * The row of a handover item at `position` in its programme's checklist.
 *
 * @internal
 */
export function toHandoverItemRow(
  item: HandoverItem,
  position: number,
): HandoverItemRow {
  return {
    id: item.id,
    programme_id: item.programmeId,
    template_key: item.templateKey ?? '',
    process: item.process ?? '',
    slot: item.templateKey
      ? `${item.templateKey}|${item.process ?? ''}`
      : item.id,
    title: item.title,
    description: item.description,
    category: item.category,
    weight: item.weight,
    critical: item.critical,
    owner: item.owner ?? null,
    status: item.status,
    evidence: item.evidence ?? null,
    verified_by: item.verifiedBy ?? null,
    verified_at: item.verifiedAt ?? null,
    demonstrated_by: item.demonstratedBy ?? null,
    demonstrated_at: item.demonstratedAt ?? null,
    retired_at: item.retiredAt ?? null,
    updated_by: item.updatedBy ?? null,
    updated_at: item.updatedAt,
    position,
    version: item.version,
  };
}
