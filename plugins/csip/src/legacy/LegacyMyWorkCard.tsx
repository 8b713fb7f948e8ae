import { compatWrapper } from '@backstage/core-compat-api';
import { MyWorkCard } from '../components/me/MyWorkCard';

/**
 * The content of the "For you" home page card for legacy apps;
 * `compatWrapper` lets the new-frontend-system hooks it uses (such as
 * `useRouteRef`) work there.
 *
 * @internal
 */
export const LegacyMyWorkCardContent = () => compatWrapper(<MyWorkCard />);
