import ArchiveOutlinedIcon from '@mui/icons-material/ArchiveOutlined';
import Chip from '@mui/material/Chip';

/**
 * Marks an archived programme beside its title, in words with an icon.
 *
 * @internal
 */
export const ArchivedChip = () => (
  <Chip
    size="small"
    icon={<ArchiveOutlinedIcon aria-hidden />}
    label="Archived"
  />
);
