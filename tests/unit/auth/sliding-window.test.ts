import { describe, expect, it } from 'vitest';
import { SlidingWindow } from '@/lib/rate-limit/sliding-window';

const MINUTE = 60_000;

describe('SlidingWindow', () => {
  it('allows the limit within a window, then refuses until the oldest event leaves it', () => {
    const window = new SlidingWindow(MINUTE);
    const rules = [{ key: 'client:a', limit: 2 }];
    expect(window.take(rules, 0)).toEqual({ allowed: true });
    expect(window.take(rules, 10_000)).toEqual({ allowed: true });
    expect(window.take(rules, 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(window.take(rules, 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(window.take(rules, 60_000)).toEqual({ allowed: true });
    expect(window.take(rules, 60_001)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('does not count refused attempts, so waiting the announced time is enough', () => {
    const window = new SlidingWindow(MINUTE);
    const rules = [{ key: 'client:a', limit: 1 }];
    window.take(rules, 0);
    for (let time = 1_000; time < 60_000; time += 1_000) expect(window.take(rules, time).allowed).toBe(false);
    expect(window.take(rules, 60_000).allowed).toBe(true);
  });

  it('keeps clients apart, while the global rule counts everyone', () => {
    const window = new SlidingWindow(MINUTE);
    const rules = (client: string) => [
      { key: `client:${client}`, limit: 2 },
      { key: 'all', limit: 3 },
    ];
    expect(window.take(rules('a'), 0).allowed).toBe(true);
    expect(window.take(rules('a'), 1_000).allowed).toBe(true);
    expect(window.take(rules('a'), 2_000)).toEqual({ allowed: false, retryAfterSeconds: 58 });
    expect(window.take(rules('b'), 3_000).allowed).toBe(true);
    expect(window.take(rules('c'), 4_000)).toEqual({ allowed: false, retryAfterSeconds: 56 });
    // The refusal by the global rule did not use up c's own allowance.
    expect(window.take(rules('c'), 60_000).allowed).toBe(true);
  });

  it('gives the longest wait when several rules refuse', () => {
    const window = new SlidingWindow(MINUTE);
    window.take([{ key: 'all', limit: 1 }], 0);
    window.take([{ key: 'client:a', limit: 1 }], 30_000);
    const decision = window.take(
      [
        { key: 'client:a', limit: 1 },
        { key: 'all', limit: 1 },
      ],
      31_000,
    );
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: 59 });
  });
});
