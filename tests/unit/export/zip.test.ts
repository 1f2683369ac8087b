import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { uniqueFilenames } from '@/lib/export/unique-filenames';
import { makeDraft } from './draft-fixture';

function unzipText(zip: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('uniqueFilenames', () => {
  it('numbers repeats from 2, ignoring case, without taking a name given later', () => {
    expect(uniqueFilenames(['a.md', 'a.md', 'a.md'])).toStrictEqual(['a.md', 'a-2.md', 'a-3.md']);
    expect(uniqueFilenames(['a.md', 'A.md', 'a-2.md', 'b.md'])).toStrictEqual(['a.md', 'A-2.md', 'a-2-2.md', 'b.md']);
    expect(uniqueFilenames(['notes', 'NOTES', '.md', '.md'])).toStrictEqual(['notes', 'NOTES-2', '.md', '.md-2']);
  });
});

describe('buildZip', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('holds every file under a unique name with its exact content', () => {
    const files = [
      { filename: 'a.md', content: 'first\n' },
      { filename: 'A.md', content: 'second ☀️\n' },
      { filename: 'a.md', content: 'third\n' },
      { filename: 'été.md', content: 'quatrième\n' },
    ];
    expect(unzipText(buildZip(files))).toStrictEqual({
      'a.md': 'first\n',
      'A-2.md': 'second ☀️\n',
      'a-3.md': 'third\n',
      'été.md': 'quatrième\n',
    });
  });

  it('keeps every entry at the top of the archive', () => {
    const files = [
      { filename: '../../etc/passwd.md', content: 'x' },
      { filename: 'dir\\sub/file.md', content: 'y' },
      { filename: '...', content: 'z' },
    ];
    expect(Object.keys(unzipSync(buildZip(files)))).toStrictEqual(['etc-passwd.md', 'dir-sub-file.md', 'untitled.md']);
  });

  it('zips exported drafts with unique slugs', () => {
    const files = [makeDraft(), makeDraft({ title: 'Other' }), makeDraft({ slug: 'other' })].map((draft) =>
      renderMarkdownFile(draft, { format: 'hugo' }),
    );
    const entries = unzipText(buildZip(files));
    expect(Object.keys(entries)).toStrictEqual(['django-vs-flask.md', 'django-vs-flask-2.md', 'other.md']);
    expect(entries['django-vs-flask-2.md']).toBe(files[1]?.content);
  });

  it('makes an empty archive from no files', () => {
    expect(unzipSync(buildZip([]))).toStrictEqual({});
  });

  it('dates each entry when its draft last changed (UTC), with the same bytes in any time zone', () => {
    const files = [{ filename: 'a.md', content: 'hello\n', modifiedAt: '2024-05-02T08:30:14.000Z' }];
    process.env.TZ = 'America/Los_Angeles';
    const west = buildZip(files);
    process.env.TZ = 'Asia/Tokyo';
    const east = buildZip(files);
    expect(east).toStrictEqual(west);
    expect(buildZip(files)).toStrictEqual(east);

    // Local file header: DOS time at bytes 10–11 (seconds halved), date at 12–13 (little-endian).
    const view = new DataView(east.buffer, east.byteOffset, east.byteLength);
    expect(view.getUint16(10, true)).toBe((8 << 11) | (30 << 5) | (14 >> 1));
    expect(view.getUint16(12, true)).toBe(((2024 - 1980) << 9) | (5 << 5) | 2);
  });
});
