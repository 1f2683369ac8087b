import { describe, expect, it } from 'vitest';
import { SESSION_TTL_SECONDS, sessionKey, signSessionToken, verifySessionToken } from '@/lib/auth/session-token';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY_MS = 24 * 60 * 60 * 1000;

describe('session tokens', () => {
  it('verify until they expire, 30 days after signing, and name their session', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW });
    expect(token).toMatch(/^v2\.[A-Za-z0-9_-]{22}\.\d+\.[A-Za-z0-9_-]{43}$/);
    const session = await verifySessionToken({ token, key, now: NOW });
    expect(session).toEqual({ id: token.split('.')[1], issuedAt: NOW });
    expect(await verifySessionToken({ token, key, now: NOW + 29 * DAY_MS })).toEqual(session);
    expect(await verifySessionToken({ token, key, now: NOW + SESSION_TTL_SECONDS * 1000 })).toBeNull();
    expect(await verifySessionToken({ token, key, now: NOW + 31 * DAY_MS })).toBeNull();
  });

  it('give every login its own session id', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const ids = new Set(
      await Promise.all(Array.from({ length: 20 }, async () => (await signSessionToken({ key, now: NOW })).split('.')[1])),
    );
    expect(ids.size).toBe(20);
  });

  it('refuse a tampered id, issue time, signature or format', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW, id: 'A'.repeat(22) });
    const [version, id, issued, signature] = token.split('.') as [string, string, string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const tampered = [
      `${version}.${id}.${Number(issued) + 10 * 365 * DAY_MS}.${signature}`,
      `${version}.${'B'.repeat(22)}.${issued}.${signature}`,
      `${version}.${id}.${issued}.${flipped}`,
      `${version}.${id}.${issued}.${signature.slice(0, 20)}`,
      `v1.${id}.${issued}.${signature}`,
      `${version}.${id}.${issued}`,
      `${version}.${id}.${issued}.${signature}.extra`,
      `${version}.${id}.-1.${signature}`,
      `${version}.${id}.${issued}.${signature}=`,
      `v1.${Math.floor(NOW / 1000) + 86_400}.${signature}`,
      '',
    ];
    for (const candidate of tampered) expect(await verifySessionToken({ token: candidate, key, now: NOW })).toBeNull();
    expect(await verifySessionToken({ token: undefined, key, now: NOW })).toBeNull();
  });

  it('refuse a token signed with another key: a changed password or session secret ends every session', async () => {
    const key = await sessionKey({ password: 'correct horse' });
    const token = await signSessionToken({ key, now: NOW });
    const otherPassword = await sessionKey({ password: 'battery staple' });
    const withSecret = await sessionKey({ password: 'correct horse', secret: 'a'.repeat(32) });
    const otherSecret = await sessionKey({ password: 'correct horse', secret: 'b'.repeat(32) });
    expect(await verifySessionToken({ token, key: otherPassword, now: NOW })).toBeNull();
    expect(await verifySessionToken({ token, key: withSecret, now: NOW })).toBeNull();
    const secretToken = await signSessionToken({ key: withSecret, now: NOW });
    expect(await verifySessionToken({ token: secretToken, key: otherSecret, now: NOW })).toBeNull();
  });

  it('derive the same key again for the same secrets, so logins survive a restart', async () => {
    const token = await signSessionToken({ key: await sessionKey({ password: 'correct horse' }), now: NOW });
    await sessionKey({ password: 'something else' });
    expect(await verifySessionToken({ token, key: await sessionKey({ password: 'correct horse' }), now: NOW })).not.toBeNull();
  });
});
