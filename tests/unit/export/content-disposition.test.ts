import { describe, expect, it } from 'vitest';
import { exportContentDisposition } from '@/lib/export';

function encodedName(header: string): string {
  const match = /filename\*=UTF-8''(\S+)$/.exec(header);
  if (!match?.[1]) throw new Error(`no filename* in ${header}`);
  return decodeURIComponent(match[1]);
}

describe('exportContentDisposition', () => {
  it('names an ASCII file the same in both parameters', () => {
    expect(exportContentDisposition('django-vs-flask.md')).toBe(
      `attachment; filename="django-vs-flask.md"; filename*=UTF-8''django-vs-flask.md`,
    );
  });

  it('folds accents and replaces other characters in the ASCII fallback, and keeps the exact name in filename*', () => {
    const header = exportContentDisposition("C'est l'été ☀️.md");
    expect(header).toBe(`attachment; filename="C'est l'ete __.md"; filename*=UTF-8''C%27est%20l%27%C3%A9t%C3%A9%20%E2%98%80%EF%B8%8F.md`);
    expect(encodedName(header)).toBe("C'est l'été ☀️.md");
  });

  it('keeps quotes, backslashes, slashes and percents out of the quoted fallback', () => {
    const header = exportContentDisposition('a "b"\\c/d%20(e)*.zip');
    expect(header).toBe(`attachment; filename="a _b__c_d_20(e)*.zip"; filename*=UTF-8''a%20%22b%22%5Cc%2Fd%2520%28e%29%2A.zip`);
  });

  it('cannot break the header with control characters', () => {
    const header = exportContentDisposition('post.md\r\nSet-Cookie: a=b');
    expect(header).not.toMatch(/[\r\n]/);
    expect(encodedName(header)).toBe('post.mdSet-Cookie: a=b');
  });

  it('survives an empty name and a lone surrogate', () => {
    expect(exportContentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
    expect(exportContentDisposition('a\uD800.md')).toBe(`attachment; filename="a_.md"; filename*=UTF-8''a%EF%BF%BD.md`);
  });
});
