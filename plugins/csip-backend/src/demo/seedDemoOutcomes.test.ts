import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { summariseKpis } from '@csip-coach/plugin-csip-common';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { createStores } from '../database/createStores';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { seedDemoData } from './seedDemoData';
import { seedDemoOutcomes } from './seedDemoOutcomes';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())(
  'the demo outcomes on %s',
  databaseId => {
    async function seeded() {
      const knex = await databases.init(databaseId);
      const stores = await createStores(mockServices.database({ knex }));
      await seedDemoData({
        knex,
        model: readMaturityModel(new ConfigReader({})),
        logger: mockServices.logger.mock(),
      });
      const titled = async (title: string) =>
        (await knex('csip_programmes').where({ title }).first('id')).id;
      return { knex, stores, titled };
    }

    it('charts KPIs on the change CSIP and closes the contact centre programme', async () => {
      const { stores, titled } = await seeded();
      const changeCsip = await titled('Change management CSIP');
      const [scope] = await stores.scopes.listVersions(changeCsip);
      const kpis = summariseKpis(
        scope.kpis ?? [],
        await stores.outcomes.listReadings(changeCsip),
      );
      expect(kpis.map(k => [k.id, k.readings.length, k.progress])).toEqual([
        ['change-failure-rate', 4, 0.7],
        ['changes-with-rollback-plan', 4, (90 - 55) / 45],
      ]);

      const contactCentre = await stores.programmes.getProgramme(
        await titled('Change and release at the contact centre'),
      );
      expect(contactCentre?.closure).toMatchObject({
        verdict: 'successful',
        closedBy: 'user:default/dana.sponsor',
      });
      // The other demo programmes stay open.
      const { items } = await stores.programmes.listProgrammes({ limit: 10 });
      expect(items.filter(p => p.verdict).map(p => p.title)).toEqual([
        'Change and release at the contact centre',
      ]);
    });

    it('gives a portal seeded before KPIs a next scope version with them, agreed', async () => {
      const { stores, titled } = await seeded();
      const id = await titled('Service desk stabilisation');
      const [current] = await stores.scopes.listVersions(id);
      const {
        programmeId: _p,
        number: _n,
        publishedAt: _a,
        ...scope
      } = current;
      await stores.scopes.publishVersion(
        id,
        { ...scope, kpis: [] },
        scope.publishedBy,
      );
      await seedDemoOutcomes({ stores, changeCsipId: id });
      const versions = await stores.scopes.listVersions(id);
      expect(versions[0].number).toBe(current.number + 2);
      expect(versions[0].kpis?.map(k => k.id)).toEqual([
        'change-failure-rate',
        'changes-with-rollback-plan',
      ]);
      expect(
        (await stores.scopes.listAgreements(id, versions[0].number)).map(
          a => a.decision,
        ),
      ).toEqual(['agree']);
      expect(await stores.outcomes.listReadings(id)).toHaveLength(8);
    });
  },
);
