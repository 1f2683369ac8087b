import { describe, expect, it } from 'vitest';
import { titlePixelWidth } from '@/lib/seo/title-pixels';

describe('titlePixelWidth', () => {
  it.each<[string, number]>([
    ['', 0],
    ['i', 4],
    ['m', 17],
    ['W', 19],
    ['WWWWWWWWWW', 189],
    ['iiiiiiiiii', 44],
    ['How to Write Title Tags That Rank and Get Clicks', 441],
    ['Café', 42],
    ['🚀', 20],
  ])('%j → about %i px', (title, pixels) => {
    expect(titlePixelWidth(title)).toBe(pixels);
  });

  it('makes uppercase wider than lowercase', () => {
    expect(titlePixelWidth('HOSTING GUIDE')).toBeGreaterThan(titlePixelWidth('hosting guide'));
  });
});
