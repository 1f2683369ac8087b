import { describe, expect, it } from 'vitest';
import { SESSION_TTL_SECONDS, sessionKey, signSessionToken, verifySessionToken } from '@/lib/auth/session-token';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('session tokens', () => {
  it('verify until they expire, 30 days after signing', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW });
    expect(token).toMatch(/^v1\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(await verifySessionToken({ token, key, now: NOW })).toBe(true);
    expect(await verifySessionToken({ token, key, now: NOW + 29 * DAY_MS })).toBe(true);
    expect(await verifySessionToken({ token, key, now: NOW + SESSION_TTL_SECONDS * 1000 })).toBe(false);
    expect(await verifySessionToken({ token, key, now: NOW + 31 * DAY_MS })).toBe(false);
  });

  it('refuse a tampered expiry, signature or format', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW });
    const [version, expiry, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const tampered = [
      `${version}.${Number(expiry) + 10 * 365 * 86_400}.${signature}`,
      `${version}.${expiry}.${flipped}`,
      `${version}.${expiry}.${signature.slice(0, 20)}`,
      `v2.${expiry}.${signature}`,
      `${version}.${expiry}`,
      `${version}.${expiry}.${signature}.extra`,
      `${version}.-1.${signature}`,
      `${version}.${expiry}.${signature}=`,
      '',
    ];
    for (const candidate of tampered) expect(await verifySessionToken({ token: candidate, key, now: NOW })).toBe(false);
    expect(await verifySessionToken({ token: undefined, key, now: NOW })).toBe(false);
  });

  it('refuse a token signed with another key: a changed password or session secret ends every session', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW });
    const otherPassword = await sessionKey({ password: 'battery staple' });
    const withSecret = await sessionKey({ password: 'correct horse', secret: 'a'.repeat(32) });
    const otherSecret = await sessionKey({ password: 'correct horse', secret: 'b'.repeat(32) });
    expect(await verifySessionToken({ token, key: otherPassword, now: NOW })).toBe(false);
    expect(await verifySessionToken({ token, key: withSecret, now: NOW })).toBe(false);
    const secretToken = await signSessionToken({ key: withSecret, now: NOW });
    expect(await verifySessionToken({ token: secretToken, key: otherSecret, now: NOW })).toBe(false);
  });

  it('derive the same key again for the same secrets, so logins survive a restart', async () => {
    const token = await signSessionToken({ key: await sessionKey({ password: 'correct horse' }), now: NOW });
    await sessionKey({ password: 'something else' });
    expect(await verifySessionToken({ token, key: await sessionKey({ password: 'correct horse' }), now: NOW })).toBe(true);
  });
});
