import { describe, expect, it } from 'vitest';
import { constantTimeEqual, secretsMatch } from '@/lib/auth/constant-time';

describe('constantTimeEqual', () => {
  it('is true only for the same bytes', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([]), new Uint8Array([]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([0, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
  });
});

describe('secretsMatch', () => {
  it('matches the exact password only', async () => {
    expect(await secretsMatch('correct horse', 'correct horse')).toBe(true);
    for (const wrong of ['correct hors', 'correct horse ', 'Correct horse', '', 'correct horse battery staple']) {
      expect(await secretsMatch(wrong, 'correct horse')).toBe(false);
    }
  });

  it('compares Unicode by its bytes', async () => {
    expect(await secretsMatch('pässwörd', 'pässwörd')).toBe(true);
    expect(await secretsMatch('pässwörd', 'passwörd')).toBe(false);
  });
});
