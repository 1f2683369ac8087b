const FONT_SIZE_PX = 20;
const EM = 1000;
const DEFAULT_WIDTH = 556;
const WIDE_WIDTH = 1000;

// Arial advance widths in thousandths of an em, grouped by width.
const WIDTH_GROUPS: ReadonlyArray<readonly [number, string]> = [
  [191, "'"],
  [222, 'ijl‘’'],
  [260, '|'],
  [278, ' !,./:;I[\\]ft'],
  [333, '()-`r“”'],
  [334, '{}'],
  [350, '•'],
  [355, '"'],
  [389, '*'],
  [469, '^'],
  [500, 'cksvxyzJ'],
  [556, '0123456789#$?_abdeghnopquL–€£'],
  [584, '+<=>~'],
  [611, 'FTZ'],
  [667, '&ABEKPSVXY'],
  [722, 'CDHNRUw'],
  [737, '©®'],
  [778, 'GOQ'],
  [833, 'Mm'],
  [889, '%'],
  [944, 'W'],
  [1000, '—…'],
  [1015, '@'],
];

const WIDTHS = new Map<string, number>(WIDTH_GROUPS.flatMap(([width, chars]) => [...chars].map((char) => [char, width] as const)));

/**
 * About how wide a title is in a desktop search result (Arial, 20 px): accented letters as their base letter,
 * emoji and CJK as a full em, anything else unknown as an average lowercase letter. Good to ±5 %.
 */
export function titlePixelWidth(title: string): number {
  let units = 0;
  for (const char of title) units += charWidth(char);
  return Math.round((units * FONT_SIZE_PX) / EM);
}

function charWidth(char: string): number {
  const known = WIDTHS.get(char);
  if (known !== undefined) return known;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return WIDE_WIDTH;
  return WIDTHS.get(char.normalize('NFD').charAt(0)) ?? DEFAULT_WIDTH;
}
