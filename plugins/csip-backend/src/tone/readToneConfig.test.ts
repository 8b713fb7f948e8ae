import { ConfigReader } from '@backstage/config';
import { readToneConfig } from './readToneConfig';

describe('readToneConfig', () => {
  it('is empty when csip.tone is not configured', () => {
    expect(readToneConfig(new ConfigReader({}))).toEqual({
      extraPhrases: [],
      allow: [],
    });
  });

  it('reads extra phrases and allow-listed terms', () => {
    const config = new ConfigReader({
      csip: {
        tone: {
          extraPhrases: [
            {
              phrase: 'heads will roll',
              category: 'command',
              suggestion: 'we will look at this together',
            },
          ],
          allow: ['failed check'],
        },
      },
    });
    expect(readToneConfig(config)).toEqual({
      extraPhrases: [
        {
          phrase: 'heads will roll',
          category: 'command',
          suggestion: 'we will look at this together',
        },
      ],
      allow: ['failed check'],
    });
  });

  it('stops with a message that names the bad entry', () => {
    const bad = (tone: unknown) => () =>
      readToneConfig(new ConfigReader({ csip: { tone } } as any));
    expect(
      bad({
        extraPhrases: [{ phrase: 'x', category: 'rude', suggestion: '' }],
      }),
    ).toThrow(/Invalid csip\.tone: extraPhrases\.0\.category/);
    expect(bad({ allow: [''] })).toThrow(/Invalid csip\.tone: allow\.0/);
    expect(
      bad({
        extraPhrases: [
          { phrase: 'meh', category: 'verdict', suggestion: 'a total mess' },
        ],
      }),
    ).toThrow(
      /extraPhrases\[0\]\.suggestion: 'a total mess' would itself be flagged/,
    );
    expect(
      bad({
        extraPhrases: [
          { phrase: 'meh', category: 'verdict', suggestion: 'so-so' },
        ],
        allow: ['Meh'],
      }),
    ).toThrow(/also in allow/);
  });
});
