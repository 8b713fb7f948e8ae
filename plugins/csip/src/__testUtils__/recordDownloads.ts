/** A download link the component clicked, as the browser would follow it. */
export type RecordedDownload = {
  href: string;
  download: string;
  attached: boolean;
};

/**
 * Records the downloads a component starts (`util/downloadBlob`): jsdom has
 * no object URLs and does not follow links, so `URL.createObjectURL` answers
 * `objectUrl` and every clicked link is kept in `downloads` instead. Call it
 * at the top of a test file; it resets before and restores after each test.
 */
export function recordDownloads(objectUrl: string) {
  const createObjectURL = jest.fn((_blob: Blob) => objectUrl);
  const revokeObjectURL = jest.fn();
  Object.defineProperty(URL, 'createObjectURL', {
    value: createObjectURL,
    configurable: true,
  });
  Object.defineProperty(URL, 'revokeObjectURL', {
    value: revokeObjectURL,
    configurable: true,
  });
  const downloads: RecordedDownload[] = [];
  let click: jest.SpyInstance | undefined;

  beforeEach(() => {
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
    downloads.length = 0;
    click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        downloads.push({
          href: this.href,
          download: this.download,
          attached: document.body.contains(this),
        });
      });
  });
  afterEach(() => click?.mockRestore());

  return { createObjectURL, revokeObjectURL, downloads };
}
