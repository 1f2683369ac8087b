import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeFileStem } from '@/lib/export';

describe('safeFileStem', () => {
  it.each([
    ['django-vs-flask', 'django-vs-flask'],
    ['Django vs. Flask: Which "Wins"?', 'django-vs-flask-which-wins'],
    ['CON', 'con-file'],
    ['con', 'con-file'],
    ['Prn', 'prn-file'],
    ['aux', 'aux-file'],
    ['NUL', 'nul-file'],
    ['com1', 'com1-file'],
    ['COM9', 'com9-file'],
    ['lpt1', 'lpt1-file'],
    ['con.md', 'con-md'],
    ['console', 'console'],
    ['com10', 'com10'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..\\..\\windows\\system32', 'windows-system32'],
    ['.hidden.', 'hidden'],
    ['--a--b--', 'a-b'],
    ['Café Crème', 'cafe-creme'],
    ["C'est l'été ☀️ 🚀", 'c-est-l-ete'],
    ['日本語', 'untitled'],
    ['🚀🚀', 'untitled'],
    ['', 'untitled'],
    ['---', 'untitled'],
    ['...', 'untitled'],
  ])('%j → %j', (slug, stem) => {
    expect(safeFileStem(slug)).toBe(stem);
  });

  it('cuts at 100 characters without leaving a dash at the end', () => {
    expect(safeFileStem('a'.repeat(150))).toBe('a'.repeat(100));
    expect(safeFileStem(`${'a'.repeat(99)}-bcd`)).toBe('a'.repeat(99));
    expect(safeFileStem(`--${'b'.repeat(100)}`)).toBe('b'.repeat(100));
  });

  it('always gives a short, portable, non-reserved stem', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (slug) => {
        const stem = safeFileStem(slug);
        expect(stem).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(stem.length).toBeLessThanOrEqual(100);
        expect(stem).not.toMatch(/^(?:con|prn|aux|nul|com\d|lpt\d)$/);
      }),
    );
  });
});
