import { ConfigReader } from '@backstage/config';
import { NotAllowedError } from '@backstage/errors';
import {
  DEMO_PERSONA_HEADER,
  demoPersonaAuthenticator,
  demoPersonaSignInResolver,
} from './authenticator';

type Request = Parameters<
  typeof demoPersonaAuthenticator.authenticate
>[0]['req'];

function request(persona?: string): Request {
  return {
    get: (name: string) =>
      name.toLowerCase() === DEMO_PERSONA_HEADER ? persona : undefined,
  } as unknown as Request;
}

describe('demoPersonaAuthenticator', () => {
  const config = new ConfigReader({
    personas: ['user:default/alex.coach', 'user:default/dana.sponsor'],
    dangerouslyAllowOutsideDevelopment: true, // jest runs with NODE_ENV=test
  });
  const ctx = demoPersonaAuthenticator.initialize({ config });

  it('accepts a listed persona', async () => {
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('user:default/dana.sponsor') },
        ctx,
      ),
    ).resolves.toEqual({
      result: { userEntityRef: 'user:default/dana.sponsor' },
    });
  });

  it('accepts a listed persona written as a short ref', async () => {
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('Alex.Coach') },
        ctx,
      ),
    ).resolves.toEqual({
      result: { userEntityRef: 'user:default/alex.coach' },
    });
  });

  it('refuses a ref that is not listed', async () => {
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('user:default/omar.ops') },
        ctx,
      ),
    ).rejects.toThrow(NotAllowedError);
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('group:default/it-operations') },
        ctx,
      ),
    ).rejects.toThrow(NotAllowedError);
  });

  it('refuses a request without the header', async () => {
    await expect(
      demoPersonaAuthenticator.authenticate({ req: request() }, ctx),
    ).rejects.toThrow(NotAllowedError);
  });

  it('refuses everyone when no personas are listed', async () => {
    const empty = demoPersonaAuthenticator.initialize({
      config: new ConfigReader({ dangerouslyAllowOutsideDevelopment: true }),
    });
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('user:default/alex.coach') },
        empty,
      ),
    ).rejects.toThrow(NotAllowedError);
  });

  it('is refused outside development without the explicit opt-in', async () => {
    const prodLike = demoPersonaAuthenticator.initialize({
      config: new ConfigReader({ personas: ['user:default/alex.coach'] }),
    });
    await expect(
      demoPersonaAuthenticator.authenticate(
        { req: request('user:default/alex.coach') },
        prodLike,
      ),
    ).rejects.toThrow(/outside of a development environment/);
  });
});

describe('demoPersonaSignInResolver', () => {
  it('signs in as the catalog user, with its groups', async () => {
    const signInWithCatalogUser = jest.fn(async () => ({ token: 'catalog' }));
    const issueToken = jest.fn();
    await expect(
      demoPersonaSignInResolver(
        {
          profile: {},
          result: { userEntityRef: 'user:default/alex.coach' },
        },
        { signInWithCatalogUser, issueToken } as any,
      ),
    ).resolves.toEqual({ token: 'catalog' });
    expect(signInWithCatalogUser).toHaveBeenCalledWith({
      entityRef: 'user:default/alex.coach',
    });
    expect(issueToken).not.toHaveBeenCalled();
  });

  it('falls back to a token for the user alone', async () => {
    const issueToken = jest.fn(async () => ({ token: 'plain' }));
    await demoPersonaSignInResolver(
      { profile: {}, result: { userEntityRef: 'user:default/alex.coach' } },
      {
        signInWithCatalogUser: async () => {
          throw new Error('not found');
        },
        issueToken,
      } as any,
    );
    expect(issueToken).toHaveBeenCalledWith({
      claims: {
        sub: 'user:default/alex.coach',
        ent: ['user:default/alex.coach'],
      },
    });
  });
});
