import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { DemoPersonaSignInPage } from './DemoPersonaSignInPage';

// The default Backstage sign-in page, stubbed to see what it is given
jest.mock('@backstage/core-components', () => ({
  ...jest.requireActual('@backstage/core-components'),
  SignInPage: (props: { providers: string[] }) => (
    <div data-testid="default-sign-in-page">{props.providers.join(',')}</div>
  ),
}));

describe('DemoPersonaSignInPage without app.demoPersonas', () => {
  it.each([
    ['absent', { title: 'Demo' }],
    ['empty', { title: 'Demo', demoPersonas: [] }],
  ])('is the default Guest sign-in page when %s', async (_, app) => {
    await renderInTestApp(
      <DemoPersonaSignInPage onSignInSuccess={jest.fn()} />,
      { config: { app } },
    );
    expect(await screen.findByTestId('default-sign-in-page')).toHaveTextContent(
      /^guest$/,
    );
    expect(screen.queryByRole('button', { name: /^Sign in as/ })).toBeNull();
  });
});
