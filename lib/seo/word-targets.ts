import type { SeoInput } from './types';

/** Word ranges per chosen length, the same as the generation prompt asks for. */
export const WORD_TARGETS: Record<SeoInput['length'], { min: number; max: number }> = {
  short: { min: 1500, max: 2500 },
  standard: { min: 3000, max: 4500 },
  long: { min: 4500, max: 6000 },
};
