import { describe, expect, it } from 'vitest';
import { applyDelta } from '@/lib/draft-stream';

describe('a live delta placed in the text received so far', () => {
  it('is appended when it starts where the text ends', () => {
    expect(applyDelta('TITLE: Rivers\n', { text: 'TAGS: water', offset: 14, saved: 0 })).toBe('TITLE: Rivers\nTAGS: water');
  });

  it('replaces the text from its offset when it starts before the end: another server wrote on from there', () => {
    const fromDeadServer = 'Paddle left. Then the rapids roar';
    expect(applyDelta(fromDeadServer, { text: 'Then the river decides.', offset: 13, saved: 13 })).toBe(
      'Paddle left. Then the river decides.',
    );
  });

  it('with no text, only cuts the text back to its offset', () => {
    expect(applyDelta('Saved. Lost words', { text: '', offset: 6, saved: 6 })).toBe('Saved.');
  });
});
