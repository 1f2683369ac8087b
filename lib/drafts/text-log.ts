import 'server-only';
import { db } from '@/lib/db/client';
import { Prisma, type PrismaClient } from '@/lib/db/generated/client.ts';
import { databaseProvider } from '@/lib/db/location';

type Client = PrismaClient | Prisma.TransactionClient;

export type TextChunk = { offset: number; text: string };

/**
 * Appends `text` at `offset` of a running generation's text, only while `owner` holds its lease, so a run that
 * lost its lease (another instance took over) cannot add to the text. Each checkpoint writes only what is new:
 * the bytes written per post grow with its length, not with its square. False when the lease is gone.
 */
export async function appendText({ draftId, owner, offset, text }: { draftId: string; owner: string } & TextChunk): Promise<boolean> {
  if (!text) return true;
  // On PostgreSQL FOR SHARE makes a takeover (an UPDATE of the lease) wait for this insert, or this insert see the
  // new owner and add nothing; SQLite runs one write at a time anyway.
  const lock = Prisma.raw(databaseProvider() === 'postgresql' ? 'FOR SHARE' : '');
  const inserted = await db().$executeRaw`
    INSERT INTO "DraftTextChunk" ("draftId", "offset", "text")
    SELECT CAST(${draftId} AS TEXT), CAST(${offset} AS INTEGER), CAST(${text} AS TEXT)
    WHERE EXISTS (SELECT 1 FROM "GenerationLease" WHERE "draftId" = ${draftId} AND "owner" = ${owner} ${lock})`;
  return inserted === 1;
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
