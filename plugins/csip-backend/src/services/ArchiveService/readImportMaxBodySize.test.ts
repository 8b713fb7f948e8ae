import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_IMPORT_MAX_BODY_SIZE,
  formatByteSize,
  parseByteSize,
  readImportMaxBodySize,
} from './readImportMaxBodySize';

const MB = 1024 * 1024;

const read = (maxBodySize?: string | number | boolean) =>
  readImportMaxBodySize(
    new ConfigReader(
      maxBodySize === undefined ? {} : { csip: { import: { maxBodySize } } },
    ),
  );

describe('readImportMaxBodySize', () => {
  it('reads csip.import.maxBodySize, 50 MB by default', () => {
    expect(read()).toBe(DEFAULT_IMPORT_MAX_BODY_SIZE);
    expect(DEFAULT_IMPORT_MAX_BODY_SIZE).toBe(50 * MB);
    expect(read('200mb')).toBe(200 * MB);
    expect(read('1.5MB')).toBe(1.5 * MB);
    expect(read(' 2048 kb ')).toBe(2 * MB);
    expect(read(10 * MB)).toBe(10 * MB);
    expect(read(String(10 * MB))).toBe(10 * MB);
  });

  it('stops the backend on anything but a size from 1 MB to 500 MB', () => {
    for (const bad of ['512kb', '501mb', '1gb', 'lots', '-5mb', 0, 1.5, true]) {
      expect(() => read(bad)).toThrow(
        /^Invalid csip\.import\.maxBodySize: must be a size from 1mb to 500mb/,
      );
    }
  });
});

describe('parseByteSize and formatByteSize', () => {
  it('read and write sizes as people do', () => {
    expect(parseByteSize('100b')).toBe(100);
    expect(parseByteSize('3 KB')).toBe(3072);
    expect(parseByteSize('50 megabytes')).toBeUndefined();
    expect(formatByteSize(50 * MB)).toBe('50 MB');
    expect(formatByteSize(18_756_851)).toBe('17.9 MB');
    expect(formatByteSize(1536)).toBe('1.5 KB');
    expect(formatByteSize(12)).toBe('12 bytes');
  });
});
