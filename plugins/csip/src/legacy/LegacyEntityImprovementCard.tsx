import { compatWrapper } from '@backstage/core-compat-api';
import { EntityImprovementCard } from '../components/entity/EntityImprovementCard';

/**
 * The Improvement card for legacy apps; `compatWrapper` lets the
 * new-frontend-system hooks it uses (such as `useRouteRef`) work there.
 *
 * @internal
 */
export const LegacyEntityImprovementCard = () =>
  compatWrapper(<EntityImprovementCard />);
