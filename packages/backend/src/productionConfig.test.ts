import { ConfigReader } from '@backstage/config';
import { loadConfig } from '@backstage/config-loader';
import path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');

/**
 * Loads the configuration like a production deployment does:
 * `--config app-config.yaml --config app-config.production.yaml`
 * (later files win, objects are merged key by key).
 */
async function loadProductionConfig() {
  const { appConfigs } = await loadConfig({
    configRoot: repoRoot,
    configTargets: [
      { path: path.join(repoRoot, 'app-config.yaml') },
      { path: path.join(repoRoot, 'app-config.production.yaml') },
    ],
  });
  return ConfigReader.fromConfigs(appConfigs);
}

describe('production config', () => {
  it('does not enable the demo-persona auth provider', async () => {
    const config = await loadProductionConfig();
    expect(config.has('auth.providers.demo-persona')).toBe(false);
    // the auth backend enables a provider when auth.providers has its key
    const providers = config.getOptionalConfig('auth.providers');
    expect(providers?.has('demo-persona') ?? false).toBe(false);
  });

  it('does not offer demo personas on the sign-in page', async () => {
    const config = await loadProductionConfig();
    expect(config.getOptionalConfigArray('app.demoPersonas') ?? []).toEqual([]);
  });

  it('does enable them in the demo config (app-config.yaml)', async () => {
    const { appConfigs } = await loadConfig({
      configRoot: repoRoot,
      configTargets: [{ path: path.join(repoRoot, 'app-config.yaml') }],
    });
    const config = ConfigReader.fromConfigs(appConfigs);
    expect(
      config.getStringArray('auth.providers.demo-persona.personas'),
    ).toContain('user:default/alex.coach');
    expect(
      config
        .getConfigArray('app.demoPersonas')
        .map(p => p.getString('userRef')),
    ).toEqual(config.getStringArray('auth.providers.demo-persona.personas'));
  });
});
