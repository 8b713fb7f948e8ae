export { BulletList } from './BulletList';
export type { BulletListProps, TitledTexts } from './BulletList';
