import { createTheme, getContrastRatio } from '@mui/material/styles';
import { readableColour } from './readableColour';

describe('readableColour', () => {
  const light = createTheme();
  const dark = createTheme({ palette: { mode: 'dark' } });

  it('darkens orange warning text until it reads at 4.5:1 on white and light grey', () => {
    const colour = readableColour(light, light.palette.warning.main);
    expect(colour).not.toBe(light.palette.warning.main);
    expect(getContrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(getContrastRatio(colour, '#f5f5f5')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a colour that already reads well', () => {
    expect(readableColour(light, '#1f5493')).toBe('#1f5493');
  });

  it('lightens instead in a dark theme', () => {
    const colour = readableColour(dark, '#8a4200');
    expect(
      getContrastRatio(colour, dark.palette.background.default),
    ).toBeGreaterThanOrEqual(4.5);
  });
});
