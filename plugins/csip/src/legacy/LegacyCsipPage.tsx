import type { ReactNode } from 'react';
import { compatWrapper } from '@backstage/core-compat-api';
import { Header, Page } from '@backstage/core-components';

/**
 * The CSIP pages (`children`, the page's routes) with the page header that
 * legacy apps expect plugins to draw; `compatWrapper` lets the
 * new-frontend-system hooks the pages use (such as `useRouteRef`) work in a
 * legacy app.
 *
 * @internal
 */
export const LegacyCsipPage = ({ children }: { children: ReactNode }) => (
  <Page themeId="tool">
    <Header title="CSIP" subtitle="Continual service improvement programmes" />
    {compatWrapper(children)}
  </Page>
);
