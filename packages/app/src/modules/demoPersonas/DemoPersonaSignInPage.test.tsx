import { Suspense } from 'react';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { DemoPersonaSignInPage } from './DemoPersonaSignInPage';
import { DEMO_PERSONA_STORAGE_KEY } from './personas';

const personas = [
  { userRef: 'user:default/alex.coach', title: 'Alex Moreno (coach)' },
  { userRef: 'user:default/dana.sponsor', title: 'Dana Whitfield (sponsor)' },
];

function jwt(sub: string) {
  const payload = btoa(
    JSON.stringify({ sub, ent: [sub], exp: Date.now() / 1000 + 3600 }),
  );
  return `e30.${payload}.sig`;
}

describe('DemoPersonaSignInPage', () => {
  const originalFetch = global.fetch;
  afterEach(() => {
    global.fetch = originalFetch;
    localStorage.clear();
  });

  it('offers a button per persona plus Enter, and signs in as the persona', async () => {
    const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => ({
      ok: true,
      json: async () => ({
        profile: { displayName: 'Dana Whitfield' },
        backstageIdentity: {
          token: jwt('user:default/dana.sponsor'),
          identity: {
            type: 'user',
            userEntityRef: 'user:default/dana.sponsor',
            ownershipEntityRefs: ['user:default/dana.sponsor'],
          },
        },
      }),
    }));
    global.fetch = fetchMock as unknown as typeof fetch;
    const onSignInSuccess = jest.fn();

    await renderInTestApp(
      <Suspense fallback={null}>
        <DemoPersonaSignInPage onSignInSuccess={onSignInSuccess} />
      </Suspense>,
      {
        config: {
          app: { title: 'Demo', demoPersonas: personas },
          backend: { baseUrl: 'http://localhost:7007' },
        },
      },
    );

    expect(
      await screen.findByRole('button', { name: 'Enter' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Sign in as Alex Moreno (coach)' }),
    ).toBeInTheDocument();
    fireEvent.click(
      screen.getByRole('button', {
        name: 'Sign in as Dana Whitfield (sponsor)',
      }),
    );

    await waitFor(() => expect(onSignInSuccess).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toMatch(/\/api\/auth\/demo-persona\/refresh$/);
    expect(new Headers(init?.headers).get('x-csip-demo-persona')).toBe(
      'user:default/dana.sponsor',
    );
    expect(localStorage.getItem(DEMO_PERSONA_STORAGE_KEY)).toBe(
      'user:default/dana.sponsor',
    );

    const identity = onSignInSuccess.mock.calls[0][0];
    await expect(identity.getBackstageIdentity()).resolves.toMatchObject({
      userEntityRef: 'user:default/dana.sponsor',
    });
    await identity.signOut();
    expect(localStorage.getItem(DEMO_PERSONA_STORAGE_KEY)).toBeNull();
  });

  it('shows the picker again when the backend refuses the persona', async () => {
    global.fetch = jest.fn(async () => ({
      ok: false,
      status: 403,
      statusText: 'Forbidden',
      headers: new Headers(),
      text: async () => 'not a demo persona',
    })) as unknown as typeof fetch;

    await renderInTestApp(
      <Suspense fallback={null}>
        <DemoPersonaSignInPage onSignInSuccess={jest.fn()} />
      </Suspense>,
      {
        config: {
          app: { title: 'Demo', demoPersonas: personas },
          backend: { baseUrl: 'http://localhost:7007' },
        },
      },
    );
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Sign in as Alex Moreno (coach)',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in failed',
    );
    expect(screen.getByRole('button', { name: 'Enter' })).toBeInTheDocument();
    expect(localStorage.getItem(DEMO_PERSONA_STORAGE_KEY)).toBeNull();
  });
});
