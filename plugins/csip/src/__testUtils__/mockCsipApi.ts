import { csipEndpoints } from '@csip-coach/plugin-csip-common';
import type { CsipApi } from '../api';

/**
 * A {@link CsipApi} whose every method (one per endpoint of
 * `csipEndpoints`) is a jest mock that rejects unless overridden, for
 * component tests.
 */
export function mockCsipApi(
  overrides: Partial<CsipApi> = {},
): jest.Mocked<CsipApi> {
  const notStubbed = (name: string) =>
    jest.fn(async () => {
      throw new Error(`CsipApi.${name} was not stubbed in this test`);
    });
  const api = Object.fromEntries(
    Object.keys(csipEndpoints).map(name => [name, notStubbed(name)]),
  ) as unknown as jest.Mocked<CsipApi>;
  for (const [name, impl] of Object.entries(overrides)) {
    (api as unknown as Record<string, jest.Mock>)[name] = jest.fn(
      impl as (...args: unknown[]) => unknown,
    );
  }
  return api;
}
