import { compatWrapper } from '@backstage/core-compat-api';
import { Header, Page } from '@backstage/core-components';
import { CsipRouter } from '../CsipRouter';

/**
 * The CSIP pages with the page header that legacy apps expect plugins to
 * draw; `compatWrapper` lets the new-frontend-system hooks the pages use
 * (such as `useRouteRef`) work in a legacy app.
 *
 * @internal
 */
export const LegacyCsipPage = () => (
  <Page themeId="tool">
    <Header title="CSIP" subtitle="Continual service improvement programmes" />
    {compatWrapper(<CsipRouter />)}
  </Page>
);
