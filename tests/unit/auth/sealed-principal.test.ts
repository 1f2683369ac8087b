import { describe, expect, it } from 'vitest';
import { sealPrincipal, unsealPrincipal } from '@/lib/auth/sealed-principal';

const writer = { kind: 'person' as const, person: { id: 'u1', name: 'Wren', email: 'wren@example.com', role: 'writer' as const } };

describe('the principal the proxy passes on', () => {
  it('unseals to who the proxy found, a person or the installation', () => {
    expect(unsealPrincipal(sealPrincipal(writer))).toEqual(writer);
    expect(unsealPrincipal(sealPrincipal({ kind: 'installation' }))).toEqual({ kind: 'installation' });
  });

  it('ignores a value a client made up or altered: a writer cannot make themselves an admin', () => {
    const sealed = sealPrincipal(writer);
    const [payload, mac] = sealed.split('.') as [string, string];
    const promoted = Buffer.from(Buffer.from(payload, 'base64url').toString('utf8').replace('"writer"', '"admin"')).toString('base64url');
    expect(unsealPrincipal(`${promoted}.${mac}`)).toBeNull();
    expect(
      unsealPrincipal(
        `${Buffer.from(JSON.stringify({ principal: { kind: 'installation' }, expiresAt: Date.now() + 5_000 })).toString('base64url')}.forged`,
      ),
    ).toBeNull();
    expect(unsealPrincipal(`${sealed}.extra`)).toBeNull();
    expect(unsealPrincipal('')).toBeNull();
    expect(unsealPrincipal(null)).toBeNull();
  });

  it('expires within seconds, so a value that leaked cannot be replayed later', () => {
    const now = Date.now();
    const sealed = sealPrincipal(writer, now);
    expect(unsealPrincipal(sealed, now + 9_000)).toEqual(writer);
    expect(unsealPrincipal(sealed, now + 11_000)).toBeNull();
  });
});
