import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma, type PrismaClient } from '@/lib/db/generated/client.ts';
import { databaseProvider } from '@/lib/db/location';

type Client = PrismaClient | Prisma.TransactionClient;

export type TextChunk = { offset: number; text: string };

type Append = { draftId: string; owner: string } & TextChunk;
type Waiting = { append: Append; resolve: (inserted: boolean) => void; reject: (error: unknown) => void };
// Appends asked for in one turn of the event loop go to the database together: the checkpoints of every generation
// in this process fall on one clock tick (lib/generation/checkpointer.ts), so twenty posts being written cost one
// INSERT a second, not twenty. 200 rows are 800 parameters, far below SQLite's and PostgreSQL's limits.
const MAX_ROWS_PER_INSERT = 200;
const globalForAppends = globalThis as typeof globalThis & { postsmithTextAppends?: Waiting[] };

/** One INSERT for `appends`; which of them went in, as `draftId offset`. */
async function insertChunks(appends: Append[]): Promise<Set<string>> {
  // On PostgreSQL FOR SHARE makes a takeover (an UPDATE of the lease) wait for this insert, or this insert see the
  // new owner and add nothing; SQLite runs one write at a time anyway.
  const lock = Prisma.raw(databaseProvider() === 'postgresql' ? 'FOR SHARE' : '');
  const rows = Prisma.join(
    appends.map(
      ({ draftId, owner, offset, text }) =>
        Prisma.sql`(CAST(${draftId} AS TEXT), CAST(${offset} AS INTEGER), CAST(${text} AS TEXT), CAST(${owner} AS TEXT))`,
    ),
  );
  const inserted = await db().$queryRaw<{ draftId: string; offset: number }[]>`
    WITH "Append" ("draftId", "offset", "text", "owner") AS (VALUES ${rows})
    INSERT INTO "DraftTextChunk" ("draftId", "offset", "text")
    SELECT a."draftId", a."offset", a."text" FROM "Append" a
    WHERE EXISTS (SELECT 1 FROM "GenerationLease" l WHERE l."draftId" = a."draftId" AND l."owner" = a."owner" ${lock})
    RETURNING "draftId", "offset"`;
  return new Set(inserted.map((row) => `${row.draftId} ${Number(row.offset)}`));
}

async function insertWaiting(): Promise<void> {
  const waiting = globalForAppends.postsmithTextAppends ?? [];
  globalForAppends.postsmithTextAppends = undefined;
  for (let start = 0; start < waiting.length; start += MAX_ROWS_PER_INSERT) {
    const batch = waiting.slice(start, start + MAX_ROWS_PER_INSERT);
    try {
      const inserted = await insertChunks(batch.map(({ append }) => append));
      for (const { append, resolve } of batch) resolve(inserted.has(`${append.draftId} ${append.offset}`));
    } catch (error) {
      // One generation's failing row (say, a chunk already there) must not fail the others' checkpoints.
      if (batch.length === 1) batch[0]?.reject(error);
      else
        for (const { append, resolve, reject } of batch) {
          insertChunks([append]).then((inserted) => resolve(inserted.size === 1), reject);
        }
    }
  }
}

/**
 * Appends `text` at `offset` of a running generation's text, only while `owner` holds its lease, so a run that
 * lost its lease (another instance took over) cannot add to the text. Each checkpoint writes only what is new:
 * the bytes written per post grow with its length, not with its square. False when the lease is gone.
 */
export function appendText(append: Append): Promise<boolean> {
  if (!append.text) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    if (!globalForAppends.postsmithTextAppends) {
      globalForAppends.postsmithTextAppends = [];
      setImmediate(() => void insertWaiting());
    }
    globalForAppends.postsmithTextAppends.push({ append, resolve, reject });
  });
}

/** The logged text from character `from` on, in order; a gap (never expected) ends it rather than misplace text. */
export async function loggedTextFrom(client: Client, draftId: string, from: number): Promise<string> {
  const chunks = await client.draftTextChunk.findMany({ where: { draftId }, orderBy: { offset: 'asc' } });
  let text = '';
  let next = from;
  for (const chunk of chunks) {
    const end = chunk.offset + chunk.text.length;
    if (end <= next) continue;
    if (chunk.offset > next) break;
    text += chunk.text.slice(next - chunk.offset);
    next = end;
  }
  return text;
}

/** A draft's whole raw text: what was folded into Draft.raw, then what its running generation has logged since. */
export async function assembledRaw(client: Client, row: { id: string; raw: string }): Promise<string> {
  return row.raw + (await loggedTextFrom(client, row.id, row.raw.length));
}

/** Once the text is folded into Draft.raw (the generation ended or starts over), its chunks go. */
export async function clearTextLog(client: Client, draftId: string): Promise<void> {
  await client.draftTextChunk.deleteMany({ where: { draftId } });
}
