import { compatWrapper } from '@backstage/core-compat-api';
import { EntityImprovementContent } from '../components/entity/EntityImprovementContent';

/**
 * The Improvement tab for legacy apps; `compatWrapper` lets the
 * new-frontend-system hooks it uses (such as `useRouteRef`) work there.
 *
 * @internal
 */
export const LegacyEntityImprovementContent = () =>
  compatWrapper(<EntityImprovementContent />);
