import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { createTestApp } from '../__testUtils__/createTestApp';
import { createTestDatabases } from '../__testUtils__/createTestDatabases';
import { givenProgramme } from '../__testUtils__/givenProgramme';
import { createStores } from '../database/createStores';
import { readMaturityModel } from '../maturity/readMaturityModel';
import { ProgrammeWriter } from './ProgrammeWriter';

jest.setTimeout(120_000);

const databases = createTestDatabases();
const LEAD = 'user:default/priya.change';

describe.each(databases.eachSupportedId())(
  'ProgrammeWriter on %s',
  databaseId => {
    it('computes the status from the programme as locked when the write keeps it, reading the programme once', async () => {
      const ctx = await createTestApp({ databases, databaseId });
      const stores = await createStores(
        mockServices.database({ knex: ctx.knex }),
      );
      const writer = new ProgrammeWriter(
        stores,
        readMaturityModel(new ConfigReader({})),
      );
      const { id } = await givenProgramme({
        testApp: ctx,
        roles: { [LEAD]: 'lead' },
        phase: 'implement',
      });
      const status = async () => {
        const { refreshed_at: _, ...row } = await ctx
          .knex('csip_programme_status')
          .where({ programme_id: id })
          .first();
        return row;
      };
      const written = await status();

      const programmeReads = async (options: {
        touch: boolean;
        keepsProgramme?: boolean;
      }) => {
        const reads: string[] = [];
        const onQuery = ({ sql }: { sql: string }) => {
          if (/^select .* from [`"]csip_programmes[`"]/i.test(sql)) {
            reads.push(sql);
          }
        };
        ctx.knex.on('query', onQuery);
        try {
          await ctx.knex('csip_programme_status').delete();
          await writer.write(id, async () => undefined, options);
        } finally {
          ctx.knex.off('query', onQuery);
        }
        return reads.length;
      };

      expect(await programmeReads({ touch: true })).toBe(2);
      expect(await status()).toEqual(written);
      expect(await programmeReads({ touch: true, keepsProgramme: true })).toBe(
        1,
      );
      expect(await status()).toEqual(written);
    });
  },
);
