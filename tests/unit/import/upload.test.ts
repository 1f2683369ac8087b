import { deflateRawSync, inflateRaw } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { buildZip, renderMarkdownFile } from '@/lib/export';
import { type ImportResult, MAX_ARCHIVE_ENTRIES, MAX_IMPORT_FILES, readImportUpload } from '@/lib/import';
import { makeDraft } from '../export/draft-fixture';
import { craftZip, forgeEntry, zipOf } from './zip-helpers';

// Spied on to prove that refused archives are never inflated, and that inflating stops at the stated size.
vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:zlib')>();
  return { ...actual, inflateRaw: vi.fn(actual.inflateRaw) };
});

const MEGABYTE = 1024 * 1024;
const post = (title: string) => `---\ntitle: ${title}\n---\n\nBody of ${title}.\n`;
const upload = (name: string, bytes: Uint8Array) => readImportUpload([{ name, bytes }]);
const inflated = () => vi.mocked(inflateRaw).mock.calls;

function summary(result: ImportResult) {
  return {
    drafts: result.drafts.map((draft) => [draft.sourceName, draft.title]),
    problems: result.problems.map((problem) => [problem.sourceName, problem.message]),
  };
}

describe('readImportUpload with loose files', () => {
  it('reads .md and .markdown files in upload order and refuses anything else', async () => {
    const result = await readImportUpload([
      { name: 'one.md', bytes: strToU8(post('One')) },
      { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50]) },
      { name: 'TWO.MARKDOWN', bytes: strToU8('# Two\n') },
      { name: '.hidden.md', bytes: strToU8('# Hidden') },
      { name: 'README.txt', bytes: strToU8('Postsmith export for Hugo.') },
    ]);
    expect(summary(result)).toStrictEqual({
      drafts: [
        ['one.md', 'One'],
        ['TWO.MARKDOWN', 'Two'],
      ],
      problems: [
        ['photo.png', 'Not imported: only Markdown files (.md, .markdown) and .zip archives of them can be imported.'],
        ['.hidden.md', 'Not imported: hidden files (names starting with a dot) are left out. Rename it without the dot to import it.'],
        ['README.txt', 'Not imported: only Markdown files (.md, .markdown) and .zip archives of them can be imported.'],
      ],
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = new Uint8Array([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9]); // "# Café" in Latin-1
    expect(summary(await upload('latin.md', latin1)).problems).toStrictEqual([
      ['latin.md', 'Not imported: it is not UTF-8 text. Save it with UTF-8 encoding and upload it again.'],
    ]);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x23, 0x00]);
    expect((await upload('utf16.md', utf16)).problems).toHaveLength(1);
  });

  it('refuses a file over 2 MB', async () => {
    const big = new Uint8Array(2_000_001).fill(0x61);
    expect(summary(await upload('big.md', big)).problems).toStrictEqual([
      ['big.md', 'Not imported: it is larger than 2 MB. Split it into smaller posts.'],
    ]);
  });

  it('refuses files past the file count, naming the 500-file limit rather than the 20 MB one', async () => {
    const files = Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, index) => ({ name: `p${index}.md`, bytes: strToU8('x') }));
    const result = await readImportUpload(files);
    expect(result.drafts).toHaveLength(MAX_IMPORT_FILES);
    expect(summary(result).problems).toStrictEqual([
      [
        `p${MAX_IMPORT_FILES}.md`,
        'Not imported: this import already holds 500 files, the most one import reads. Upload this file in another import.',
      ],
    ]);
  });

  it('refuses files past the byte allowance, naming the 20 MB limit', async () => {
    const files = Array.from({ length: 11 }, (_, index) => ({ name: `p${index}.md`, bytes: new Uint8Array(1.9 * MEGABYTE).fill(0x61) }));
    const result = await readImportUpload(files);
    expect(result.drafts).toHaveLength(10);
    expect(summary(result).problems).toStrictEqual([
      ['p10.md', 'Not imported: this import is already at its limit (20 MB). Upload this file in another import.'],
    ]);
  });
});

describe('readImportUpload with zip archives', () => {
  it('reads our own export zip back', async () => {
    const drafts = [makeDraft({ title: 'A: first', slug: 'a' }), makeDraft({ title: 'B "second"', slug: 'b', status: 'approved' })];
    const zip = buildZip(drafts.map((draft) => renderMarkdownFile(draft, { format: 'jekyll' })));
    const result = await upload('postsmith-export.zip', zip);
    expect(result.problems).toStrictEqual([]);
    expect(result.drafts.map((draft) => [draft.sourceName, draft.title, draft.slug, draft.status])).toStrictEqual([
      ['postsmith-export.zip › 2024-05-01-a.md', 'A: first', 'a', 'draft'],
      ['postsmith-export.zip › 2024-05-01-b.md', 'B "second"', 'b', 'approved'],
    ]);
  });

  it('uses entry paths only as base-name labels, however they climb or nest', async () => {
    const zip = zipOf({
      '../../etc/passwd.md': post('Passwd'),
      '/absolute/root.md': post('Root'),
      'C:\\Windows\\win.md': post('Win'),
      'posts/2024/deep.md': '# Deep\n',
      'posts/a/index.md': post('Bundle A'),
      'posts/b/index.md': post('Bundle B'),
    });
    expect(summary(await upload('../uploads/site.zip', zip))).toStrictEqual({
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

  it('ignores folders, __MACOSX and hidden files, and reports other files as skipped', async () => {
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
    expect(summary(await upload('mac.zip', zip))).toStrictEqual({
      drafts: [['mac.zip › real.md', 'Real']],
      problems: [
        ['mac.zip › cover.png', 'Skipped: only Markdown files (.md, .markdown) are imported.'],
        ['mac.zip › inner.zip', 'Skipped: archives inside the archive are not opened. Unzip it and upload its Markdown files.'],
        ['mac.zip › notes.txt', 'Skipped: only Markdown files (.md, .markdown) are imported.'],
      ],
    });
  });

  it('reports bad entries one by one and keeps the good ones', async () => {
    const zip = zipOf({
      'good.md': post('Good'),
      'latin.md': new Uint8Array([0x43, 0x61, 0x66, 0xe9]),
      'list.md': '---\n- not a mapping\n---\n',
    });
    expect(summary(await upload('mixed.zip', zip))).toStrictEqual({
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

  it('refuses a file that is not a zip', async () => {
    expect(summary(await upload('fake.zip', strToU8('not a zip at all'))).problems).toStrictEqual([
      ['fake.zip', 'Not imported: it is not a readable zip archive. Zip the Markdown files again and upload the new archive.'],
    ]);
    expect((await upload('empty.zip', new Uint8Array(0))).problems).toHaveLength(1);
  });
});

describe('readImportUpload against hostile archives', () => {
  it('refuses a zip bomb from its declared sizes, inflating nothing', async () => {
    const repetitive = new Uint8Array(1.9 * MEGABYTE).fill(0x61);
    const bomb = zipSync(Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`part-${index}.md`, repetitive])), { level: 9 });
    expect(bomb.length).toBeLessThan(MEGABYTE / 10);

    vi.mocked(inflateRaw).mockClear();
    const result = await upload('bomb.zip', bomb);
    expect(inflated()).toStrictEqual([]);
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

  it('skips one huge entry without inflating it', async () => {
    const bomb = zipSync({ 'huge.md': new Uint8Array(64 * MEGABYTE).fill(0x61), 'small.md': strToU8(post('Small')) }, { level: 9 });
    vi.mocked(inflateRaw).mockClear();
    const result = await upload('huge.zip', bomb);
    expect(summary(result)).toStrictEqual({
      drafts: [['huge.zip › small.md', 'Small']],
      problems: [['huge.zip › huge.md', 'Skipped: it unpacks to more than 2 MB. Split it into smaller posts.']],
    });
    expect(inflated()).toHaveLength(1);
  });

  it('counts every archive of one upload against the same allowance', async () => {
    const half = zipSync(Object.fromEntries(Array.from({ length: 6 }, (_, index) => [`p${index}.md`, new Uint8Array(1.9 * MEGABYTE)])));
    const result = await readImportUpload([
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

  it('refuses an archive listing too many entries before reading past the limit', async () => {
    const many = zipOf(Object.fromEntries(Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, index) => [`f${index}.txt`, ''])));
    vi.mocked(inflateRaw).mockClear();
    expect(summary(await upload('many.zip', many)).problems).toStrictEqual([
      ['many.zip', `Not imported: the archive lists more than ${MAX_ARCHIVE_ENTRIES} entries. Split it into smaller archives.`],
    ]);
    expect(inflated()).toStrictEqual([]);
  });

  it('refuses an archive holding more Markdown files than one import reads', async () => {
    const many = zipOf(Object.fromEntries(Array.from({ length: MAX_IMPORT_FILES + 1 }, (_, index) => [`p${index}.md`, `# P${index}`])));
    vi.mocked(inflateRaw).mockClear();
    const result = await upload('many.zip', many);
    expect(result.drafts).toStrictEqual([]);
    expect(summary(result).problems).toStrictEqual([
      [
        'many.zip',
        `Not imported: it holds ${MAX_IMPORT_FILES + 1} Markdown files, more than this import has room for (${MAX_IMPORT_FILES} in all). Split the archive and import the parts one at a time.`,
      ],
    ]);
    expect(inflated()).toStrictEqual([]);
  });

  it('skips an entry whose compressed size could never come from its stated size', async () => {
    let seed = 1;
    const noise = Uint8Array.from({ length: 8_000 }, () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed >>> 16;
    });
    const forged = forgeEntry(zipOf({ 'noise.md': noise, 'ok.md': post('Ok') }), 0, { originalSize: 100 });
    expect(summary(await upload('forged.zip', forged))).toStrictEqual({
      drafts: [['forged.zip › ok.md', 'Ok']],
      problems: [
        ['forged.zip › noise.md', 'Skipped: its sizes in the archive do not add up, so the archive is damaged. Zip the files again.'],
      ],
    });
  });

  it('stops inflating an entry that understates its size at the stated size, and skips it', async () => {
    const zeros = zipSync({ 'zeros.md': new Uint8Array(50 * MEGABYTE), 'ok.md': strToU8(post('Ok')) }, { level: 9 });
    const forged = forgeEntry(zeros, 0, { originalSize: 64 * 1024 });
    vi.mocked(inflateRaw).mockClear();
    const result = await upload('liar.zip', forged);
    expect(inflated()[0]?.[1]).toStrictEqual({ maxOutputLength: 64 * 1024 });
    expect(summary(result)).toStrictEqual({
      drafts: [['liar.zip › ok.md', 'Ok']],
      problems: [
        [
          'liar.zip › zeros.md',
          'Skipped: it unpacks to more than the archive says it holds, so the archive is damaged. Zip the files again.',
        ],
      ],
    });
  });

  it('refuses an archive whose directory points several entries at the same bytes, inflating nothing', async () => {
    const text = strToU8(post('Shared'));
    const shared = craftZip([{ name: 'one.md', data: deflateRawSync(text), originalSize: text.length }], {
      aliases: ['two.md', 'three.md'],
    });
    vi.mocked(inflateRaw).mockClear();
    expect(summary(await upload('shared.zip', shared))).toStrictEqual({
      drafts: [],
      problems: [
        [
          'shared.zip',
          'Not imported: several of its entries point at the same bytes, which only crafted archives do. Zip the Markdown files again and upload the new archive.',
        ],
      ],
    });
    expect(inflated()).toStrictEqual([]);
  });

  it.each([false, true])('reads an archive written field by field like any other (Zip64: %s)', async (zip64) => {
    const text = strToU8(post('Crafted'));
    const entries = [
      { name: 'crafted.md', data: deflateRawSync(text), originalSize: text.length },
      { name: 'stored.md', data: strToU8('# Stored\n'), originalSize: 9, compression: 0 },
    ];
    expect(summary(await upload('crafted.zip', craftZip(entries, { zip64 })))).toStrictEqual({
      drafts: [
        ['crafted.zip › crafted.md', 'Crafted'],
        ['crafted.zip › stored.md', 'Stored'],
      ],
      problems: [],
    });
  });

  it('skips an entry that does not unpack and one with an unknown compression method', async () => {
    const stored = zipSync(
      { 'broken.md': new Uint8Array(64).fill(0xff), 'lzma.md': strToU8('x'), 'fine.md': strToU8('# Fine') },
      { level: 0 },
    );
    const forged = forgeEntry(forgeEntry(stored, 0, { compression: 8 }), 1, { compression: 14 });
    expect(summary(await upload('odd.zip', forged))).toStrictEqual({
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

describe('readImportUpload time and memory budget', () => {
  it('stops the front matter worker past the budget and refuses the import', async () => {
    const keys = Array.from({ length: 180_000 }, (_, index) => `k${index}: v`).join('\n');
    const slow = strToU8(`---\n${keys}\n---\nBody\n`);
    expect(slow.length).toBeLessThan(2_000_000);

    const outcome = readImportUpload([{ name: 'slow.md', bytes: slow }], { timeBudgetMs: 100 });
    await expect(outcome).rejects.toMatchObject({
      code: 'payload_too_large',
      status: 413,
      message:
        'Reading these files took longer than 1 second, so the import was stopped and nothing was saved. Import fewer files at a time, or split the archive into smaller ones.',
    });
  });

  it('stops a worker that runs out of memory on nested brackets and refuses the import', async () => {
    const outcome = readImportUpload([{ name: 'brackets.md', bytes: strToU8(`---\na: ${'['.repeat(1_900_000)}\n---\n`) }]);
    // Memory or the time budget runs out first, depending on the machine; both refuse the same way.
    await expect(outcome).rejects.toMatchObject({
      code: 'payload_too_large',
      status: 413,
      message: expect.stringMatching(/so the import was stopped and nothing was saved\. Import fewer files at a time/),
    });
  });
});
