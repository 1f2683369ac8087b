import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './generation/harness';

// Rate limits and login lockouts on PostgreSQL are counted in the database (lib/rate-limit/shared-hits.ts), so every
// instance on it sees the same counts. Calls sent at once stand for calls to several instances: they meet only in
// the database, under its advisory lock, as theirs would.

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let limits: typeof import('@/lib/rate-limit');
const db = async () => (await import('@/lib/db/client')).db();

beforeAll(async () => {
  harness = await startGenerationHarness({ GENERATION_RATE_LIMIT_PER_MINUTE: '2', GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: '100' });
  limits = await import('@/lib/rate-limit');
});
afterAll(async () => harness?.close());

describe('limits shared through PostgreSQL', () => {
  it('lets exactly the allowance of wrong passwords through when guesses arrive at once, then makes the address wait', async () => {
    const now = Date.now();
    const guesses = await Promise.all(
      Array.from({ length: 9 }, (_, index) =>
        limits.guessPassword({ client: '198.51.100.7', given: `guess ${index}`, password: 'right horse', now }),
      ),
    );
    expect(guesses.filter((guess) => guess.outcome === 'wrong')).toHaveLength(5);
    expect(guesses.filter((guess) => guess.outcome === 'wait')).toHaveLength(4);
    expect(await (await db()).rateLimitHit.count({ where: { key: 'login:address:198.51.100.7' } })).toBe(5);

    // What another instance reads: the same failures, so even the right password waits its turn.
    const right = await limits.guessPassword({ client: '198.51.100.7', given: 'right horse', password: 'right horse', now: now + 10 });
    expect(right).toMatchObject({
      outcome: 'wait',
      message: expect.stringMatching(/^Too many wrong passwords from this address\. Try again in 1 second\.$/),
    });
    const later = await limits.guessPassword({ client: '198.51.100.7', given: 'right horse', password: 'right horse', now: now + 1_500 });
    expect(later).toEqual({ outcome: 'right' });
  });

  it('counts generation starts once across instances: two a minute for one client, however the calls are spread', async () => {
    const now = Date.now();
    const takes = await Promise.all(Array.from({ length: 4 }, () => limits.takeGenerationStart({ client: '203.0.113.50', now })));
    expect(takes.filter((refusal) => refusal === null)).toHaveLength(2);
    const refused = takes.find((refusal) => refusal !== null);
    expect(refused?.message).toMatch(/^Too many posts started in a minute\. Try again in 60 seconds\.$/);
    expect(await limits.takeGenerationStart({ client: '203.0.113.51', now })).toBeNull();
    expect(await limits.takeGenerationStart({ client: '203.0.113.50', now: now + 60_001 })).toBeNull();
  });
});
