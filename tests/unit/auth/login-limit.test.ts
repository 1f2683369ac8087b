import { describe, expect, it } from 'vitest';
import { loginLockoutMessage, recordLoginFailure } from '@/lib/rate-limit/login-limit';

describe('login attempts', () => {
  it('lock one address out after 10 wrong passwords for the rest of 15 minutes, and no other address', () => {
    const start = 1_000_000;
    for (let attempt = 0; attempt < 9; attempt++) recordLoginFailure({ client: '10.0.0.1', now: start + attempt });
    expect(loginLockoutMessage({ client: '10.0.0.1', now: start + 10 })).toBeNull();

    recordLoginFailure({ client: '10.0.0.1', now: start + 10 });
    expect(loginLockoutMessage({ client: '10.0.0.1', now: start + 11 })).toBe(
      'Too many wrong passwords from this address. Try again in 15 minutes.',
    );
    expect(loginLockoutMessage({ client: '10.0.0.2', now: start + 11 })).toBeNull();

    expect(loginLockoutMessage({ client: '10.0.0.1', now: start + 15 * 60_000 - 30_000 })).toBe(
      'Too many wrong passwords from this address. Try again in 1 minute.',
    );
    expect(loginLockoutMessage({ client: '10.0.0.1', now: start + 15 * 60_000 + 1 })).toBeNull();
  });
});
