import type { Programme } from '@csip-coach/plugin-csip-common';
import FileUploadOutlinedIcon from '@mui/icons-material/FileUploadOutlined';
import { formatLocalDate } from '../../../util/formatDate';
import { IconNote } from '../IconNote';
import { RefLink } from '../RefLink';

/** @internal */
export type ProvenanceNoteProps = {
  provenance: NonNullable<Programme['provenance']>;
  /** Without the icon, as the printable report shows it. */
  plain?: boolean;
};

/**
 * Where an imported programme came from, in one sentence: "Imported by X
 * on <date> from an export of <date>." Its records keep their original
 * authors; this says who brought them in.
 *
 * @internal
 */
export const ProvenanceNote = ({ provenance, plain }: ProvenanceNoteProps) => {
  const sentence = (
    <>
      Imported by <RefLink entityRef={provenance.importedBy} /> on{' '}
      {formatLocalDate(provenance.importedAt)} from an export of{' '}
      {formatLocalDate(provenance.exportedAt)}.
    </>
  );
  if (plain) return sentence;
  return <IconNote icon={FileUploadOutlinedIcon}>{sentence}</IconNote>;
};
