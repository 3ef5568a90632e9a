import { describe, expect, it } from 'vitest';

import { contrastRatio, darken, darkenToContrast } from '../../renderer/src/app/contrast';

describe('contrast arithmetic for the theme', () => {
  it('measures WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // Mantine's gray.6 on white: the dimmed text axe reported at 3.32.
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#ffffff', '#868e96')).toBeCloseTo(contrastRatio('#868e96', '#ffffff'), 10);
  });

  it('darkens only as far as needed to pass every background', () => {
    const dimmed = darkenToContrast('#868e96', ['#ffffff', '#f8f9fa', '#f1f3f5'], 4.6);
    expect(contrastRatio(dimmed, '#f1f3f5')).toBeGreaterThanOrEqual(4.6);
    // It is the first 2% step that passes: the step before it does not.
    const step = Array.from({ length: 51 }, (_, i) => i).find((i) => darken('#868e96', i * 0.02) === dimmed) ?? -1;
    expect(step).toBeGreaterThan(0);
    expect(contrastRatio(darken('#868e96', (step - 1) * 0.02), '#f1f3f5')).toBeLessThan(4.6);
  });

  it('keeps a colour that passes already', () => {
    expect(darkenToContrast('#212529', ['#ffffff'], 4.5)).toBe('#212529');
  });

  it('darkens green.9 text until it reads on the green.1 tint', () => {
    expect(contrastRatio('#2b8a3e', '#d3f9d8')).toBeLessThan(4.5);
    expect(contrastRatio(darkenToContrast('#2b8a3e', ['#d3f9d8'], 4.6), '#d3f9d8')).toBeGreaterThanOrEqual(4.6);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => darken('rgb(0, 0, 0)', 0.1)).toThrow('Not a hex colour');
  });
});
