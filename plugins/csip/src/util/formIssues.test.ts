import {
  handoverItemCreateSchema,
  programmeCreateSchema,
} from '@csip-coach/plugin-csip-common';
import { fieldErrors, formParseParams } from './formIssues';

describe('fieldErrors', () => {
  it('words the common schemas’ length messages like the rest of the form', () => {
    const result = handoverItemCreateSchema.safeParse(
      { title: '   ', category: 'skills' },
      formParseParams,
    );
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ title: 'Required' });

    const long = programmeCreateSchema.safeParse(
      {
        title: 'x'.repeat(201),
        driver: 'strategic',
        ownerRef: 'group:default/it-operations',
      },
      formParseParams,
    );
    expect(fieldErrors(long.error!)).toEqual({
      title: 'Use at most 200 characters',
    });
  });

  it('keeps any other message as the schema says it', () => {
    const result = programmeCreateSchema.safeParse(
      {
        title: 'T',
        driver: 'strategic',
        ownerRef: 'nonsense',
      },
      formParseParams,
    );
    expect(fieldErrors(result.error!).ownerRef).toMatch(
      /must be a full entity reference/,
    );
  });
});
