import 'server-only';
import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { databaseFile, databaseProvider } from '@/lib/db/location';
import type { Session } from './session-token';

/**
 * Ended sessions are kept in a file beside the SQLite database, named after it as SQLite's own `-wal` file is: it
 * survives a restart, every instance that shares the database (which SQLite requires to be on one machine) sees
 * it, and a copy of the database folder carries it. The accounts issue moves sessions into the database.
 */
export function revocationFile(databaseUrl: string): string {
  // On PostgreSQL there is no database file: the list stays in ./data, shared only by instances on this machine
  // until sessions move into the database (issue 22).
  if (databaseProvider(databaseUrl) !== 'sqlite') return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data', 'sessions.jsonl');
  return `${databaseFile(databaseUrl)}-sessions.jsonl`;
}

/**
 * One JSON object a line: `{"endedAt"}` ends every session issued until then ("log out everywhere"), `{"ended"}`
 * ends the session with that id. Ending one appends a line, so two instances logging out at once lose neither.
 */
type Revocations = { endedAt: number; ended: Set<string> };
type Line = { endedAt?: unknown; ended?: unknown };

// Past this many lines the file is replaced by one "log out everywhere": about 3 years of a logout a day.
const MAX_LINES = 1_000;

type State = { lines: number; damaged: boolean; revocations: Revocations };
type Cached = State & { file: string; stamp: string };
const store = globalThis as typeof globalThis & { postsmithSessionRevocations?: Cached };

function parse(text: string, modifiedAt: number): State {
  const revocations: Revocations = { endedAt: 0, ended: new Set() };
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  let damaged = false;
  for (const line of lines) {
    let entry: Line | null = null;
    try {
      entry = JSON.parse(line) as Line;
    } catch {
      entry = null;
    }
    if (typeof entry?.endedAt === 'number') revocations.endedAt = Math.max(revocations.endedAt, entry.endedAt);
    else if (typeof entry?.ended === 'string') revocations.ended.add(entry.ended);
    else damaged = true;
  }
  // A line that cannot be read (a write cut short by a crash) might have ended any session: treat all as ended.
  if (damaged) revocations.endedAt = Math.max(revocations.endedAt, modifiedAt);
  return { lines: lines.length, damaged, revocations };
}

async function current(file: string): Promise<Cached> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  const stamp = info ? `${info.ino}:${info.size}:${info.mtimeMs}` : 'none';
  const cached = store.postsmithSessionRevocations;
  if (cached?.file === file && cached.stamp === stamp) return cached;
  const read = info
    ? parse(await readFile(file, 'utf8'), info.mtimeMs)
    : { lines: 0, damaged: false, revocations: { endedAt: 0, ended: new Set<string>() } };
  store.postsmithSessionRevocations = { file, stamp, ...read };
  return store.postsmithSessionRevocations;
}

export async function sessionIsRevoked(file: string, session: Session): Promise<boolean> {
  const { revocations } = await current(file);
  return session.issuedAt <= revocations.endedAt || revocations.ended.has(session.id);
}

/** Log out everywhere: every session issued until now ends, on every instance that shares the database. */
export async function endAllSessions(file: string, now = Date.now()): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, `${JSON.stringify({ endedAt: now })}\n`);
  await rename(temporary, file);
}

/** Log out: this session ends now, wherever its cookie was copied to. */
export async function endSession(file: string, session: Session, now = Date.now()): Promise<void> {
  const { lines, damaged } = await current(file);
  // Rewriting the file whole is one "log out everywhere": safe whatever another instance appends meanwhile.
  if (lines >= MAX_LINES || damaged) return endAllSessions(file, now);
  await mkdir(path.dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify({ ended: session.id })}\n`);
}
