import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ghostAdminToken } from '@/lib/publish/ghost';

// https://ghost.org/docs/admin-api/#token-authentication: HS256, kid = the key's id, the hex-decoded secret signs,
// aud `/admin/`, exp at most 5 minutes after iat.
const KEY = `6489a1b2c3d4e5f601234567:${'a1'.repeat(32)}`;
const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;

describe('ghostAdminToken', () => {
  it('is a JWT Ghost accepts: its header, claims and signature', () => {
    const token = ghostAdminToken(KEY, 1_800_000_000_000);
    const [header = '', payload = '', signature] = token.split('.');
    expect(decode(header)).toEqual({ alg: 'HS256', typ: 'JWT', kid: '6489a1b2c3d4e5f601234567' });
    const claims = decode(payload);
    expect(claims).toEqual({ iat: 1_800_000_000, exp: 1_800_000_300, aud: '/admin/' });
    const expected = createHmac('sha256', Buffer.from('a1'.repeat(32), 'hex'))
      .update(`${header}.${payload}`)
      .digest('base64url');
    expect(signature).toBe(expected);
  });
});
