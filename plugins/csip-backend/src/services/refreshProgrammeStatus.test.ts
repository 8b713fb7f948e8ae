import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import request from 'supertest';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createStores } from '../database/createStores';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { ProgrammeWriter } from './ProgrammeWriter';
import { createStatusRefresher } from './refreshProgrammeStatus';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const LEAD = 'user:default/priya.change';
const NO_PROGRAMME = '00000000-0000-4000-8000-000000000000';

describe.each(databases.eachSupportedId())(
  'createStatusRefresher on %s',
  databaseId => {
    async function setUp() {
      const ctx = await createTestApp({ databases, databaseId });
      const stores = await createStores(
        mockServices.database({ knex: ctx.knex }),
      );
      const writer = new ProgrammeWriter(
        stores,
        readMaturityModel(new ConfigReader({})),
      );
      const ids: string[] = [];
      for (const phase of ['establish', 'implement', 'sustain'] as const) {
        const { id } = await givenProgramme({
          testApp: ctx,
          roles: { [LEAD]: 'lead' },
          phase,
        });
        ids.push(id);
      }
      // One with an agreed-to-be scope, so the statuses differ.
      const scope = await request(ctx.app)
        .post(`/programmes/${ids[1]}/scope/versions`)
        .set('Authorization', mockCredentials.user.header(LEAD))
        .send({
          processes: [
            {
              process: 'change',
              baselineLevel: 1,
              targetLevel: 3,
              targetDate: '2027-06-30',
            },
          ],
        });
      expect(scope.status).toBe(201);
      const statusRows = async () =>
        (await ctx.knex('csip_programme_status').orderBy('programme_id')).map(
          ({ refreshed_at: _, ...row }) => row,
        );
      const changeTimes = async () =>
        ctx.knex('csip_programmes').orderBy('id').select('id', 'updated_at');
      return { ctx, writer, ids, statusRows, changeTimes };
    }

    it('refreshes several programmes together to the status each gets alone, skipping ids with no programme and touching none', async () => {
      const { ctx, writer, ids, statusRows, changeTimes } = await setUp();
      const written = await statusRows();
      expect(written).toHaveLength(3);
      const changed = await changeTimes();
      await ctx.knex('csip_programme_status').delete();

      const refresher = createStatusRefresher({ writer });
      await refresher.refreshMany([ids[2], NO_PROGRAMME, ids[0], ids[1]]);

      expect(await statusRows()).toEqual(written);
      expect(await changeTimes()).toEqual(changed);
    });

    it('refreshes each alone, logging the one that fails, when refreshing them together fails', async () => {
      const { ctx, writer, ids, statusRows } = await setUp();
      const written = await statusRows();
      await ctx.knex('csip_programme_status').delete();
      const logger = mockServices.logger.mock();
      const together = jest
        .spyOn(writer, 'refreshTogether')
        .mockRejectedValueOnce(new Error('the chunk broke'));
      const write = writer.write.bind(writer);
      jest.spyOn(writer, 'write').mockImplementation((id, ...rest) => {
        if (id === ids[1]) throw new Error('this one broke');
        return write(id, ...rest);
      });

      await createStatusRefresher({ writer, logger }).refreshMany(ids);

      expect(together).toHaveBeenCalledTimes(1);
      expect(await statusRows()).toEqual(
        written.filter(row => row.programme_id !== ids[1]),
      );
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining(`programme ${ids[1]}: Error: this one broke`),
      );
    });
  },
);
