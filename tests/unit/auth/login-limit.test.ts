import { beforeEach, describe, expect, it } from 'vitest';
import { guessAccountPassword, guessPassword, loginLockoutMessage, recordLoginFailure } from '@/lib/rate-limit/login-limit';

const PASSWORD = 'correct horse';
const START = 1_000_000;
const guess = (client: string, given: string, now: number) => guessPassword({ client, given, password: PASSWORD, now });
const store = globalThis as typeof globalThis & { postsmithLoginFailures?: { address: { size: number }; target: { size: number } } };

beforeEach(() => {
  Reflect.deleteProperty(globalThis, 'postsmithLoginFailures');
});

describe('password guesses', () => {
  it('slow one address down after 5 wrong passwords, by a wait that doubles and never passes a minute', async () => {
    for (let attempt = 0; attempt < 5; attempt++) expect(await guess('10.0.0.1', 'wrong', START + attempt)).toEqual({ outcome: 'wrong' });
    expect(await guess('10.0.0.1', PASSWORD, START + 5)).toEqual({
      outcome: 'wait',
      message: 'Too many wrong passwords from this address. Try again in 1 second.',
      retryAfterSeconds: 1,
    });
    // Another address is not slowed down by this one's guesses.
    expect(await guess('10.0.0.2', PASSWORD, START + 5)).toEqual({ outcome: 'right' });

    let now = START + 4;
    for (const expectedWait of [1, 2, 4, 8, 16, 32, 60, 60]) {
      now += expectedWait * 1000;
      expect(await guess('10.0.0.1', 'wrong', now)).toEqual({ outcome: 'wrong' });
      expect(loginLockoutMessage({ client: '10.0.0.1', now: now + 1 })).toMatch(/Try again in \d+ seconds?\.$/);
    }
    const wait = await guess('10.0.0.1', PASSWORD, now + 1);
    expect(wait).toMatchObject({ outcome: 'wait', retryAfterSeconds: 60 });
    // The right password gets in once the announced wait is over: no 15-minute wall.
    expect(await guess('10.0.0.1', PASSWORD, now + 60_000)).toEqual({ outcome: 'right' });
  });

  it('do not count a guess made while waiting, and forget failures 15 minutes after the last', async () => {
    for (let attempt = 0; attempt < 5; attempt++) await guess('10.0.0.1', 'wrong', START);
    for (let attempt = 0; attempt < 50; attempt++) expect((await guess('10.0.0.1', 'wrong', START + 10)).outcome).toBe('wait');
    expect(loginLockoutMessage({ client: '10.0.0.1', now: START + 10 })).toBe(
      'Too many wrong passwords from this address. Try again in 1 second.',
    );
    expect(loginLockoutMessage({ client: '10.0.0.1', now: START + 15 * 60_000 })).toBeNull();
    expect(await guess('10.0.0.1', 'wrong', START + 15 * 60_000)).toEqual({ outcome: 'wrong' });
    expect(loginLockoutMessage({ client: '10.0.0.1', now: START + 15 * 60_000 })).toBeNull();
  });

  it('are capped for the password across all addresses, so rotating X-Forwarded-For buys no extra guesses', async () => {
    let wrong = 0;
    let refusal: Awaited<ReturnType<typeof guess>> | undefined;
    for (let attempt = 0; attempt < 1_000 && !refusal; attempt++) {
      const outcome = await guess(`2001:db8::${attempt.toString(16)}`, 'wrong', START);
      if (outcome.outcome === 'wrong') wrong++;
      else refusal = outcome;
    }
    expect(wrong).toBe(20);
    expect(refusal).toEqual({
      outcome: 'wait',
      message: 'Too many wrong passwords were tried recently. Try again in 1 second.',
      retryAfterSeconds: 1,
    });
    expect(await guess('203.0.113.50', PASSWORD, START + 1_000)).toEqual({ outcome: 'right' });
  });

  it('keep a bounded number of counters, however many addresses guess', () => {
    for (let index = 0; index < 25_000; index++) recordLoginFailure({ client: `fd00::${index.toString(16)}`, now: START + index });
    expect(store.postsmithLoginFailures?.address.size).toBe(10_000);
    expect(store.postsmithLoginFailures?.target.size).toBe(1);
  });
});

describe('account password guesses', () => {
  it('slow down guesses at one account from any number of addresses, and leave other accounts alone', async () => {
    const at = (client: string, email: string, right: boolean, now: number) => guessAccountPassword({ client, email, right, now });
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(await at(`198.51.100.${attempt}`, 'ana@example.com', false, START + attempt)).toEqual({ outcome: 'wrong' });
    }
    expect(await at('203.0.113.1', 'ana@example.com', true, START + 20)).toMatchObject({
      outcome: 'wait',
      message: 'Too many wrong passwords were tried recently. Try again in 1 second.',
    });
    expect(await at('203.0.113.1', 'eddie@example.com', true, START + 20)).toEqual({ outcome: 'right' });
    // Nor does a guess at an account slow down the shared password, or the other way round.
    expect(await guess('203.0.113.1', PASSWORD, START + 20)).toEqual({ outcome: 'right' });
  });
});
