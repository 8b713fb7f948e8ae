import { csipPlugin } from './plugin';

describe('csip', () => {
  it('should export plugin', () => {
    expect(csipPlugin).toBeDefined();
  });
});
