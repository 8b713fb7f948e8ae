import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_READ_DECISION_CACHE_SECONDS,
  ReadDecisionCache,
  readDecisionCacheSeconds,
} from './ReadDecisionCache';

describe('ReadDecisionCache', () => {
  function setUp(ttlMs = 5000, maxEntries?: number) {
    let now = 1_000;
    const cache = new ReadDecisionCache<string>({
      ttlMs,
      maxEntries,
      now: () => now,
    });
    let calls = 0;
    const load = (answer = 'ALLOW') =>
      jest.fn(async () => {
        calls++;
        return answer;
      });
    return {
      cache,
      load,
      calls: () => calls,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it('asks once per credentials within the time, then again', async () => {
    const { cache, load, calls, advance } = setUp();
    const ada = mockCredentials.user('user:default/ada');
    expect(await cache.get(ada, load())).toBe('ALLOW');
    expect(await cache.get(ada, load('DENY'))).toBe('ALLOW');
    expect(calls()).toBe(1);
    advance(5000);
    expect(await cache.get(ada, load('DENY'))).toBe('DENY');
    expect(calls()).toBe(2);
  });

  it('keeps each user, service and sign-in apart', async () => {
    const { cache, load, calls } = setUp();
    await cache.get(mockCredentials.user('user:default/ada'), load('A'));
    expect(
      await cache.get(mockCredentials.user('user:default/bo'), load('B')),
    ).toBe('B');
    expect(
      await cache.get(mockCredentials.service('plugin:search'), load('S')),
    ).toBe('S');
    const later = {
      ...mockCredentials.user('user:default/ada'),
      expiresAt: new Date(Date.now() + 3_600_000),
    };
    expect(await cache.get(later, load('A2'))).toBe('A2');
    expect(calls()).toBe(4);
  });

  it('never reuses an answer for the none principal, or with a time of 0', async () => {
    const none = setUp();
    await none.cache.get(mockCredentials.none(), none.load());
    await none.cache.get(mockCredentials.none(), none.load());
    expect(none.calls()).toBe(2);
    const off = setUp(0);
    const ada = mockCredentials.user('user:default/ada');
    await off.cache.get(ada, off.load());
    await off.cache.get(ada, off.load());
    expect(off.calls()).toBe(2);
  });

  it('does not keep a failed call, and shares one in flight', async () => {
    const { cache, load, calls } = setUp();
    const ada = mockCredentials.user('user:default/ada');
    await expect(
      cache.get(ada, async () => {
        throw new Error('permission backend down');
      }),
    ).rejects.toThrow('down');
    const [a, b] = await Promise.all([
      cache.get(ada, load('X')),
      cache.get(ada, load('Y')),
    ]);
    expect([a, b, calls()]).toEqual(['X', 'X', 1]);
  });

  it('forgets the oldest callers beyond its size', async () => {
    const { cache, load, calls } = setUp(5000, 2);
    for (const who of ['a', 'b', 'c', 'a']) {
      await cache.get(mockCredentials.user(`user:default/${who}`), load(who));
    }
    expect(calls()).toBe(4);
  });
});

describe('readDecisionCacheSeconds', () => {
  it('defaults, takes whole seconds from 0 to 300 and refuses the rest', () => {
    const read = (value?: unknown) =>
      readDecisionCacheSeconds(
        new ConfigReader(
          value === undefined
            ? {}
            : { csip: { permissions: { readDecisionCacheSeconds: value } } },
        ),
      );
    expect(read()).toBe(DEFAULT_READ_DECISION_CACHE_SECONDS);
    expect(read(0)).toBe(0);
    expect(read(300)).toBe(300);
    for (const bad of [-1, 301, 1.5, 'five']) {
      expect(() => read(bad)).toThrow(
        /csip\.permissions\.readDecisionCacheSeconds/,
      );
    }
  });
});
