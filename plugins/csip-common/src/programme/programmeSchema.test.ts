import { describeIssues } from '../validation/describeIssues';
import {
  programmeCreateSchema,
  programmeListQuerySchema,
} from './programmeSchema';

describe('programmeCreateSchema', () => {
  it('accepts a minimal programme and fills the defaults', () => {
    expect(
      programmeCreateSchema.parse({
        title: '  Change CSIP ',
        driver: 'strategic',
        ownerRef: 'group:default/it-operations',
      }),
    ).toEqual({
      title: 'Change CSIP',
      vision: '',
      driver: 'strategic',
      businessDrivers: [],
      ownerRef: 'group:default/it-operations',
      members: [],
    });
  });

  it('names every offending field', () => {
    const result = programmeCreateSchema.safeParse({
      title: '',
      driver: 'hobby',
      ownerRef: 'user:default/jo',
      businessDrivers: [{ text: 'x', visibility: 'secret' }],
      members: [{ userRef: 'jo', role: 'lead' }],
    });
    expect(result.success).toBe(false);
    const fields = describeIssues(result.error!).map(i => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'title',
        'driver',
        'ownerRef',
        'businessDrivers.0.visibility',
        'members.0.userRef',
      ]),
    );
  });
});

describe('programmeListQuerySchema', () => {
  it('coerces the limit from a query string and defaults it', () => {
    expect(programmeListQuerySchema.parse({ limit: '5' }).limit).toBe(5);
    expect(programmeListQuerySchema.parse({}).limit).toBe(20);
    expect(programmeListQuerySchema.safeParse({ limit: '500' }).success).toBe(
      false,
    );
  });
});
