import type { Agreement } from '@csip-coach/plugin-csip-common';

/**
 * A row of `csip_scope_agreements`.
 *
 * @internal
 */
export type AgreementRow = {
  seq?: number;
  programme_id: string;
  version_number: number;
  user_ref: string;
  decision: Agreement['decision'];
  comment: string;
  at: string;
};

/**
 * The agreement of a row.
 *
 * @internal
 */
export function toAgreement(row: AgreementRow): Agreement {
  return {
    programmeId: row.programme_id,
    versionNumber: row.version_number,
    userRef: row.user_ref,
    decision: row.decision,
    comment: row.comment,
    at: row.at,
  };
}

/**
 * The row of an agreement.
 *
 * @internal
 */
export function toAgreementRow(agreement: Agreement): AgreementRow {
  return {
    programme_id: agreement.programmeId,
    version_number: agreement.versionNumber,
    user_ref: agreement.userRef,
    decision: agreement.decision,
    comment: agreement.comment,
    at: agreement.at,
  };
}
