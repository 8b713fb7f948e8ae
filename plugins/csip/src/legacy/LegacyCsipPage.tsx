import { Header, Page } from '@backstage/core-components';
import { CsipPage } from '../components/CsipPage';

/**
 * The CSIP page with the page header that legacy apps expect plugins to draw.
 *
 * @internal
 */
export const LegacyCsipPage = () => (
  <Page themeId="tool">
    <Header title="CSIP" subtitle="Continual service improvement programmes" />
    <CsipPage />
  </Page>
);
