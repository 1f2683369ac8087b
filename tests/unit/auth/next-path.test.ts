import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site with its query and hash', () => {
    expect(safeNextPath('/drafts')).toBe('/drafts');
    expect(safeNextPath('/drafts/abc?tab=seo#title')).toBe('/drafts/abc?tab=seo#title');
    expect(safeNextPath('/api/drafts?status=approved')).toBe('/api/drafts?status=approved');
    expect(safeNextPath('/drafts/../import')).toBe('/import');
  });

  it('turns anything that could leave the site into the fallback', () => {
    const unsafe = [
      'https://evil.example/',
      '//evil.example/path',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/.//evil.example',
      '/..//evil.example/path',
      '/drafts/..//evil.example',
      '/%2e//evil.example',
      '/%2E%2E//evil.example',
      '/\n/evil.example',
      'javascript:alert(1)',
      'drafts',
      '',
      ' /drafts',
    ];
    for (const value of unsafe) expect(safeNextPath(value)).toBe('/');
  });

  it('never sends back to the login page, and ignores what is not one string', () => {
    expect(safeNextPath('/login')).toBe('/');
    expect(safeNextPath('/login?next=/drafts')).toBe('/');
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(['/drafts', '/import'])).toBe('/');
    expect(safeNextPath(null, '/drafts')).toBe('/drafts');
  });
});
