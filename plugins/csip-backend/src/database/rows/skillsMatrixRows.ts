import type { SkillsMatrix } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_skills_matrices`: one per programme, its people as JSON.
 *
 * @internal
 */
export type SkillsMatrixRow = {
  programme_id: string;
  people: string;
  version: number;
  updated_by: string;
  updated_at: string;
};

/**
 * The skills matrix of a row; the empty matrix at version 0 when there is
 * none yet.
 *
 * @internal
 */
export function toSkillsMatrix(row: SkillsMatrixRow | undefined): SkillsMatrix {
  if (!row) return { people: [], version: 0 };
  return {
    people: JSON.parse(row.people),
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

/**
 * The row of a saved skills matrix.
 *
 * @internal
 */
export function toSkillsMatrixRow(
  programmeId: string,
  matrix: Required<SkillsMatrix>,
): SkillsMatrixRow {
  return {
    programme_id: programmeId,
    people: JSON.stringify(matrix.people),
    version: matrix.version,
    updated_by: matrix.updatedBy,
    updated_at: matrix.updatedAt,
  };
}
