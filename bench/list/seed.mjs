// Fills a migrated SQLite file with drafts shaped like real ones (about 20 KB of Markdown each, the raw
// model text as large again), straight through better-sqlite3 so 10,000 of them take seconds.
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';

const STATUSES = ['draft', 'draft', 'draft', 'review', 'review', 'approved', 'approved', 'interrupted'];
const CATEGORIES = ['Tutorials', 'Web Development', 'Cloud Computing', 'DevOps', 'Programming', 'Cybersecurity', 'News', 'Data Science'];
const TAGS = ['python', 'django', 'flask', 'rust', 'go', 'react', 'nextjs', 'sqlite', 'postgres', 'docker', 'kubernetes', 'aws', 'seo'];
const WORDS = (
  'the a of to and in that is for it as with was on be by this are from or an at which have not but can all more one ' +
  'framework server request database query index cache latency deploy build release feature model stream token page ' +
  'user reader guide example step setup config error debug test performance memory thread process network secure ' +
  'scale cluster container service endpoint schema migration backup monitor metric alert budget team project'
).split(' ');

// A small, seeded generator: the same database every run, so figures compare across runs.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function paragraph(rand, words) {
  const out = [];
  for (let index = 0; index < words; index++) out.push(pick(rand, WORDS));
  const text = out.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

// Paragraphs are drawn from a pool: generating 200 MB of fresh words would dominate the run.
function paragraphPool(rand) {
  return Array.from({ length: 400 }, () => paragraph(rand, 60 + Math.floor(rand() * 80)));
}

function body(rand, pool, bytes, extraWord) {
  const parts = [];
  let size = 0;
  let section = 1;
  while (size < bytes) {
    const piece = size % 3000 < 700 ? `## Section ${section++}\n\n${pick(rand, pool)}` : pick(rand, pool);
    parts.push(piece);
    size += piece.length + 2;
  }
  if (extraWord) parts.splice(Math.floor(parts.length / 2), 0, `This part mentions ${extraWord} once.`);
  return parts.join('\n\n');
}

const iso = (ms) => new Date(ms).toISOString().replace('Z', '+00:00');

/**
 * Creates `file` afresh with `count` drafts. Every tenth body mentions "kubernetes" (a common search);
 * no draft contains "zebracorn" (a search that must read every body).
 */
export async function seedDrafts({ file, count, bodyBytes = 20_000, seed = 42 }) {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
  await applyPendingMigrations({ databaseUrl: `file:${file}` });
  const rand = random(seed);
  const pool = paragraphPool(rand);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  const insert = sqlite.prepare(`INSERT INTO Draft (id, topic, status, title, metaDescription, slug, tags, categories, content, raw,
    model, wordCount, seoScore, version, createdAt, updatedAt, approvedAt)
    VALUES (@id, @topic, @status, @title, @metaDescription, @slug, @tags, @categories, @content, @raw,
    'claude-bench', @wordCount, @seoScore, 1, @createdAt, @updatedAt, @approvedAt)`);
  const start = Date.UTC(2026, 0, 1);
  const ids = [];
  sqlite.transaction(() => {
    for (let index = 0; index < count; index++) {
      const id = `cbench${index.toString(36).padStart(6, '0')}${Math.floor(rand() * 1e9).toString(36)}`;
      const topic = `${paragraph(rand, 6).slice(0, -1)} ${index}`;
      const title = `The complete guide to ${topic}`;
      const content = body(rand, pool, bodyBytes, index % 10 === 0 ? 'kubernetes' : null);
      const created = start + index * 60_000;
      const status = pick(rand, STATUSES);
      const tags = [pick(rand, TAGS), pick(rand, TAGS)].filter((tag, position, all) => all.indexOf(tag) === position);
      insert.run({
        id,
        topic,
        status,
        title,
        metaDescription: `Everything about ${topic}.`,
        slug: `bench-${index}`,
        tags: JSON.stringify(tags),
        categories: JSON.stringify([pick(rand, CATEGORIES)]),
        content,
        raw: `TITLE: ${title}\nMETA_DESCRIPTION: Everything about ${topic}.\n\n${content}\n-EndOFText-`,
        wordCount: content.split(/\s+/).length,
        seoScore: Math.floor(rand() * 101),
        createdAt: iso(created),
        updatedAt: iso(created + Math.floor(rand() * 86_400_000 * 30)),
        approvedAt: status === 'approved' ? iso(created + 3_600_000) : null,
      });
      ids.push(id);
    }
  })();
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return ids;
}
