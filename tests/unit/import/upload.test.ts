import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { type ImportResult, MAX_ARCHIVE_ENTRIES, MAX_IMPORT_FILES, readImportUpload } from '@/lib/import';
import { makeDraft } from '../export/draft-fixture';
import { forgeEntry, zipOf } from './zip-helpers';

// Spied on to prove that refused archives are never inflated: every call must then return no files.
vi.mock('fflate', async (importOriginal) => {
  const actual = await importOriginal<typeof import('fflate')>();
  return { ...actual, unzipSync: vi.fn(actual.unzipSync) };
});

const MEGABYTE = 1024 * 1024;
const post = (title: string) => `---\ntitle: ${title}\n---\n\nBody of ${title}.\n`;
const upload = (name: string, bytes: Uint8Array) => readImportUpload([{ name, bytes }]);

function summary(result: ImportResult) {
  return {
    drafts: result.drafts.map((draft) => [draft.sourceName, draft.title]),
    problems: result.problems.map((problem) => [problem.sourceName, problem.message]),
  };
}

function nothingInflated(): boolean {
  return vi.mocked(unzipSync).mock.results.every((result) => result.type !== 'return' || Object.keys(result.value).length === 0);
}

describe('readImportUpload with loose files', () => {
  it('reads .md and .markdown files in upload order and refuses anything else', () => {
    const result = readImportUpload([
      { name: 'one.md', bytes: strToU8(post('One')) },
      { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50]) },
      { name: 'TWO.MARKDOWN', bytes: strToU8('# Two\n') },
      { name: '.hidden.md', bytes: strToU8('# Hidden') },
    ]);
    expect(summary(result)).toStrictEqual({
      drafts: [
        ['one.md', 'One'],
        ['TWO.MARKDOWN', 'Two'],
      ],
      problems: [
        ['photo.png', 'Not imported: only Markdown files (.md, .markdown) and .zip archives of them can be imported.'],
        ['.hidden.md', 'Not imported: hidden files (names starting with a dot) are left out. Rename it without the dot to import it.'],
      ],
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9]); // "# Café" in Latin-1
    expect(summary(upload('latin.md', latin1)).problems).toStrictEqual([
      ['latin.md', 'Not imported: it is not UTF-8 text. Save it with UTF-8 encoding and upload it again.'],
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x23, 0x00]);
    expect(upload('utf16.md', utf16).problems).toHaveLength(1);
  });

  it('refuses a file over 2 MB and files past the import allowance', () => {
    const big = new Uint8Array(2_000_001).fill(0x61);
    expect(summary(upload('big.md', big)).problems).toStrictEqual([
      ['big.md', 'Not imported: it is larger than 2 MB. Split it into smaller posts.'],
    ]);
    const files = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, index) => ({ name: `p${index}.md`, bytes: strToU8('x') }));
    const result = readImportUpload(files);
    expect(result.drafts).toHaveLength(MAX_IMPORT_FILES);
    expect(result.problems.map((problem) => problem.sourceName)).toStrictEqual([`p${MAX_IMPORT_FILES}.md`]);
    expect(result.problems[0]?.message).toMatch(/already at its limit.*another import/);
  });
});

describe('readImportUpload with zip archives', () => {
  it('reads our own export zip back', () => {
    const drafts = [makeDraft({ title: 'A: first', slug: 'a' }), makeDraft({ title: 'B "second"', slug: 'b', status: 'approved' })];
    const zip = buildZip(drafts.map((draft) => renderMarkdownFile(draft, { format: 'jekyll' })));
    const result = upload('postsmith-export.zip', zip);
    expect(result.problems).toStrictEqual([]);
    expect(result.drafts.map((draft) => [draft.sourceName, draft.title, draft.slug, draft.status])).toStrictEqual([
      ['postsmith-export.zip › 2024-05-01-a.md', 'A: first', 'a', 'draft'],
      ['postsmith-export.zip › 2024-05-01-b.md', 'B "second"', 'b', 'approved'],
    ]);
  });

  it('uses entry paths only as base-name labels, however they climb or nest', () => {
    const zip = zipOf({
      '../../etc/passwd.md': post('Passwd'),
      '/absolute/root.md': post('Root'),
      'C:\\Windows\\win.md': post('Win'),
      'posts/2024/deep.md': '# Deep\n',
      'posts/a/index.md': post('Bundle A'),
      'posts/b/index.md': post('Bundle B'),
    });
    expect(summary(upload('../uploads/site.zip', zip))).toStrictEqual({
      drafts: [
        ['site.zip › passwd.md', 'Passwd'],
        ['site.zip › root.md', 'Root'],
        ['site.zip › win.md', 'Win'],
        ['site.zip › deep.md', 'Deep'],
        ['site.zip › index.md', 'Bundle A'],
        ['site.zip › index.md', 'Bundle B'],
      ],
      problems: [],
    });
  });

  it('ignores folders, __MACOSX and hidden files, and reports other files as skipped', () => {
    const zip = zipOf({
      'posts/': new Uint8Array(0),
      'posts/real.md': post('Real'),
      '__MACOSX/posts/._real.md': new Uint8Array([0, 5, 22, 7, 0xff]),
      'posts/.DS_Store': new Uint8Array([0, 0, 0, 1]),
      '.git/HEAD.md': 'ref',
      'posts/cover.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      'posts/inner.zip': zipOf({ 'x.md': 'x' }),
      'notes.txt': 'text',
    });
    expect(summary(upload('mac.zip', zip))).toStrictEqual({
      drafts: [['mac.zip › real.md', 'Real']],
      problems: [
        ['mac.zip › cover.png', 'Skipped: only Markdown files (.md, .markdown) are imported.'],
        ['mac.zip › inner.zip', 'Skipped: archives inside the archive are not opened. Unzip it and upload its Markdown files.'],
        ['mac.zip › notes.txt', 'Skipped: only Markdown files (.md, .markdown) are imported.'],
      ],
    });
  });

  it('reports bad entries one by one and keeps the good ones', () => {
    const zip = zipOf({
      'good.md': post('Good'),
      'latin.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'list.md': '---\n- not a mapping\n---\n',
    });
    expect(summary(upload('mixed.zip', zip))).toStrictEqual({
      drafts: [['mixed.zip › good.md', 'Good']],
      problems: [
        ['mixed.zip › latin.md', 'Not imported: it is not UTF-8 text. Save it with UTF-8 encoding and upload it again.'],
        [
          'mixed.zip › list.md',
          'Not imported: its front matter is not a list of `key: value` lines. Fix the lines between the two --- lines and upload it again.',
        ],
      ],
    });
  });

  it('refuses a file that is not a zip', () => {
    expect(summary(upload('fake.zip', strToU8('not a zip at all'))).problems).toStrictEqual([
      ['fake.zip', 'Not imported: it is not a readable zip archive. Zip the Markdown files again and upload the new archive.'],
    ]);
    expect(upload('empty.zip', new Uint8Array(0)).problems).toHaveLength(1);
  });
});

describe('readImportUpload against hostile archives', () => {
  it('refuses a zip bomb from its declared sizes, inflating nothing', () => {
    const repetitive = new Uint8Array(1.9 * MEGABYTE).fill(0x61);
    const bomb = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`part-${index}.md`, repetitive])), { level: 9 });
    expect(bomb.length).toBeLessThan(MEGABYTE / 10);

    vi.mocked(unzipSync).mockClear();
    const result = upload('bomb.zip', bomb);
    expect(nothingInflated()).toBe(true);
    expect(summary(result)).toStrictEqual({
      drafts: [],
      problems: [
        [
          'bomb.zip',
          'Not imported: it would unpack to 21 MB, more than this import has room for (20 MB in all). Split the archive and import the parts one at a time.',
        ],
      ],
    });
  });

  it('skips one huge entry without inflating it', () => {
    const bomb = zipSync({ 'huge.md': new Uint8Array(64 * MEGABYTE).fill(0x61), 'small.md': strToU8(post('Small')) }, { level: 9 });
    vi.mocked(unzipSync).mockClear();
    const result = upload('huge.zip', bomb);
    expect(summary(result)).toStrictEqual({
      drafts: [['huge.zip › small.md', 'Small']],
      problems: [['huge.zip › huge.md', 'Skipped: it unpacks to more than 2 MB. Split it into smaller posts.']],
    });
    const inflated = vi.mocked(unzipSync).mock.results.flatMap((call) => (call.type === 'return' ? Object.keys(call.value) : []));
    expect(inflated).toStrictEqual(['small.md']);
  });

  it('counts every archive of one upload against the same allowance', () => {
    const half = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`p${index}.md`, new Uint8Array(1.9 * MEGABYTE)])));
    const result = readImportUpload([
      { name: 'first.zip', bytes: half },
      { name: 'second.zip', bytes: half },
    ]);
    expect(result.problems.map((problem) => problem.sourceName)).toStrictEqual([
      'first.zip › p0.md',
      'first.zip › p1.md',
      'first.zip › p2.md',
      'first.zip › p3.md',
      'first.zip › p4.md',
      'first.zip › p5.md',
      'second.zip',
    ]);
    expect(result.problems.at(-1)?.message).toMatch(/would unpack to 12 MB, more than this import has room for/);
  });

  it('refuses an archive listing too many entries before reading past the limit', () => {
    const many = zipOf(Object.fromEntries(Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, index) => [`f${index}.txt`, ''])));
    vi.mocked(unzipSync).mockClear();
    expect(summary(upload('many.zip', many)).problems).toStrictEqual([
      ['many.zip', `Not imported: the archive lists more than ${MAX_ARCHIVE_ENTRIES} entries. Split it into smaller archives.`],
    ]);
    expect(nothingInflated()).toBe(true);
  });

  it('refuses an archive holding more Markdown files than one import reads', () => {
    const many = zipOf(Object.fromEntries(Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, index) => [`p${index}.md`, `# P${index}`])));
    vi.mocked(unzipSync).mockClear();
    const result = upload('many.zip', many);
    expect(result.drafts).toStrictEqual([]);
    expect(summary(result).problems).toStrictEqual([
      [
        'many.zip',
        `Not imported: it holds ${MAX_IMPORT_FILES + 1} Markdown files, more than this import has room for (${MAX_IMPORT_FILES} in all). Split the archive and import the parts one at a time.`,
      ],
    ]);
    expect(nothingInflated()).toBe(true);
  });

  it('skips an entry whose compressed size could never come from its stated size', () => {
    let seed = 1;
    const noise = Uint8Array.from({ length: 8_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed >>> 16;
    });
    const forged = forgeEntry(zipOf({ 'noise.md': noise, 'ok.md': post('Ok') }), 0, { originalSize: 100 });
    expect(summary(upload('forged.zip', forged))).toStrictEqual({
      drafts: [['forged.zip › ok.md', 'Ok']],
      problems: [
        ['forged.zip › noise.md', 'Skipped: its sizes in the archive do not add up, so the archive is damaged. Zip the files again.'],
      ],
    });
  });

  it('cuts an entry that understates its size at the stated size', () => {
    const zeros = zipSync({ 'zeros.md': new Uint8Array(50 * MEGABYTE) }, { level: 9 });
    const forged = forgeEntry(zeros, 0, { originalSize: 64 * 1024 });
    vi.mocked(unzipSync).mockClear();
    const result = upload('liar.zip', forged);
    const inflated = vi.mocked(unzipSync).mock.results.flatMap((call) => (call.type === 'return' ? Object.values(call.value) : []));
    expect(inflated.map((bytes) => bytes.length)).toStrictEqual([64 * 1024]);
    expect(summary(result).problems).toStrictEqual([
      ['liar.zip › zeros.md', 'Not imported: it holds binary data, not text. Upload Markdown (.md) files only.'],
    ]);
  });

  it('skips an entry that does not unpack and one with an unknown compression method', () => {
    const stored = zipSync(
      { 'broken.md': new Uint8Array(64).fill(0xff), 'lzma.md': strToU8('x'), 'fine.md': strToU8('# Fine') },
      { level: 0 },
    );
    const forged = forgeEntry(forgeEntry(stored, 0, { compression: 8 }), 1, { compression: 14 });
    expect(summary(upload('odd.zip', forged))).toStrictEqual({
      drafts: [['odd.zip › fine.md', 'Fine']],
      problems: [
        ['odd.zip › broken.md', 'Skipped: it could not be unpacked, so the archive is damaged. Zip the files again.'],
        [
          'odd.zip › lzma.md',
          'Skipped: it is compressed with a method other than Deflate. Zip it again with your system’s standard zip tool.',
        ],
      ],
    });
  });
});
