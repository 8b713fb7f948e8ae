import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ResponseError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { testCatalog } from '../../__testUtils__/testCatalog';
import {
  CatalogServiceRefValidator,
  NoopCatalogRefValidator,
} from './CatalogRefValidator';
import {
  createCatalogRefValidator,
  readCatalogRefCheck,
} from './createCatalogRefValidator';
import { changedProgrammeRefs, newProgrammeRefs } from './programmeRefChecks';

const auth = mockServices.auth();
const validator = (
  catalog = testCatalog(),
  logger = mockServices.logger.mock(),
) => CatalogServiceRefValidator.create({ catalog, auth, logger });

describe('CatalogServiceRefValidator', () => {
  it('passes refs the catalog has, whatever their case', async () => {
    await expect(
      validator().check(
        [
          { field: 'ownerRef', ref: 'group:default/it-operations' },
          { field: 'members.0.userRef', ref: 'User:Default/Alex.Coach' },
        ],
        'programme',
      ),
    ).resolves.toBeUndefined();
  });

  it('names every field whose ref the catalog does not have', async () => {
    await expect(
      validator().check(
        [
          { field: 'ownerRef', ref: 'group:default/no-such-group' },
          { field: 'members.0.userRef', ref: 'user:default/alex.coach' },
          { field: 'members.1.userRef', ref: 'user:default/nobody' },
          { field: 'members.2.userRef', ref: 'user:default/Nobody' },
        ],
        'programme',
      ),
    ).rejects.toMatchObject({
      name: 'InputError',
      message:
        'Invalid programme: ownerRef: group:default/no-such-group is not in the catalog; ' +
        'members.1.userRef: user:default/nobody is not in the catalog; ' +
        'members.2.userRef: user:default/Nobody is not in the catalog',
    });
  });

  it('does not call the catalog when there is nothing to check', async () => {
    const catalog = catalogServiceMock.mock();
    await validator(catalog).check([], 'programme');
    expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
  });

  it.each([
    ['a network error', new Error('fetch failed')],
    [
      'an error answer',
      Object.assign(Object.create(ResponseError.prototype), {
        name: 'ResponseError',
        message: 'Request failed with 500 Internal Server Error',
      }),
    ],
  ])(
    'turns %s of the catalog into a 503, and logs why',
    async (_what, error) => {
      const catalog = catalogServiceMock.mock({
        getEntitiesByRefs: jest.fn().mockRejectedValue(error),
      });
      const refs = Array.from({ length: 8 }, (_, i) => ({
        field: `members.${i}.userRef`,
        ref: `user:default/u${i}`,
      }));
      const logger = mockServices.logger.mock();
      const failure = validator(catalog, logger).check(refs, 'programme');
      await expect(failure).rejects.toMatchObject({
        name: 'ServiceUnavailableError',
        message:
          'The catalog could not be reached to check members.0.userRef, members.1.userRef, members.2.userRef, members.3.userRef, members.4.userRef and 3 more; nothing was written, try again later',
      });
      expect(logger.warn).toHaveBeenCalledWith(
        'Could not look up 8 entity refs in the catalog',
        error,
      );
    },
  );
});

describe('createCatalogRefValidator', () => {
  const make = (csip: object) => {
    const logger = mockServices.logger.mock();
    const made = createCatalogRefValidator({
      config: new ConfigReader({ csip }),
      catalog: testCatalog(),
      auth,
      logger,
    });
    return { made, logger };
  };

  it('checks against the catalog by default and with enforce, silently', () => {
    for (const csip of [{}, { catalogRefCheck: 'enforce' }]) {
      const { made, logger } = make(csip);
      expect(made).toBeInstanceOf(CatalogServiceRefValidator);
      expect(logger.warn).not.toHaveBeenCalled();
    }
  });

  it('checks nothing when off, and says so once', async () => {
    const { made, logger } = make({ catalogRefCheck: 'off' });
    expect(made).toBeInstanceOf(NoopCatalogRefValidator);
    await expect(
      made.check([{ field: 'ownerRef', ref: 'group:default/x' }], 'programme'),
    ).resolves.toBeUndefined();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toContain(
      'csip.catalogRefCheck is off',
    );
  });

  it.each([['enforced'], [false], [true], ['OFF']])(
    'stops the start-up on csip.catalogRefCheck: %p',
    value => {
      expect(() =>
        readCatalogRefCheck(
          new ConfigReader({ csip: { catalogRefCheck: value } }),
        ),
      ).toThrow(
        `Invalid csip.catalogRefCheck: must be 'enforce' or 'off', got ${JSON.stringify(
          value,
        )}`,
      );
    },
  );
});

describe('programme refs to check', () => {
  const members = [
    { userRef: 'user:default/alex.coach', role: 'coach' as const },
    { userRef: 'user:default/dana.sponsor', role: 'sponsor' as const },
  ];

  it('names the owner and every member of a new programme, under a prefix', () => {
    expect(
      newProgrammeRefs(
        { ownerRef: 'group:default/it-operations', members },
        'programme.',
      ),
    ).toEqual([
      { field: 'programme.ownerRef', ref: 'group:default/it-operations' },
      { field: 'programme.members.0.userRef', ref: 'user:default/alex.coach' },
      {
        field: 'programme.members.1.userRef',
        ref: 'user:default/dana.sponsor',
      },
    ]);
  });

  it('names only what an update brings in', () => {
    const current = { ownerRef: 'group:default/it-operations', members };
    expect(
      changedProgrammeRefs(
        {
          ownerRef: 'Group:default/IT-Operations',
          members: [
            { userRef: 'user:default/Alex.Coach', role: 'lead' },
            { userRef: 'user:default/omar.ops', role: 'member' },
          ],
        },
        current,
      ),
    ).toEqual([{ field: 'members.1.userRef', ref: 'user:default/omar.ops' }]);
    expect(
      changedProgrammeRefs({ ownerRef: 'system:default/payments' }, current),
    ).toEqual([{ field: 'ownerRef', ref: 'system:default/payments' }]);
    expect(changedProgrammeRefs({}, current)).toEqual([]);
  });
});
