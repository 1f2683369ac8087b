import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createNonce } from '@/lib/auth/content-security-policy';

describe('contentSecurityPolicy', () => {
  it('allows scripts by nonce only, and never eval in production', () => {
    const policy = contentSecurityPolicy({ nonce: 'abc123==', development: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    for (const directive of [
      "default-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "connect-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(contentSecurityPolicy({ nonce: 'abc123==', development: true })).toContain("'unsafe-eval'");
  });

  it('makes a fresh base64 nonce of 128 bits each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
