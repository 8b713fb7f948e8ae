export { ArchiveService } from './ArchiveService';
