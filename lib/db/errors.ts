import { AppError } from '@/lib/errors';

const LOCKED = /database is locked|SQLITE_BUSY|SocketTimeout|busy/i;
const FULL = /SQLITE_FULL|database or disk is full|disk is full|no space left/i;
const READ_ONLY = /SQLITE_READONLY|readonly database|read-only/i;

// PostgreSQL's SQLSTATE codes, which adapter-pg passes on as `code` or `originalCode`.
const POSTGRES_CODES: Record<string, StorageFault> = {
  '53100': 'disk_full',
  '25006': 'read_only',
  '55P03': 'locked',
  '40001': 'locked',
  '40P01': 'locked',
  '57P01': 'unreachable',
  '57P02': 'unreachable',
  '57P03': 'unreachable',
};
// adapter-pg's kinds for a server it cannot reach or that dropped the connection, and PostgreSQL's class 08.
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed']);
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

const WORD_KEYS = ['name', 'message', 'code', 'kind'];
const CODE_KEYS = ['code', 'originalCode', 'kind'];
const NESTED_KEYS = ['cause', 'meta', 'driverAdapterError'];

// Prisma wraps driver failures (code, meta.driverAdapterError.cause.kind…): collect every word and code on the way down.
function collect(error: unknown, found: { words: string[]; codes: string[] }, depth = 0): typeof found {
  if (depth > 4 || error === null || error === undefined) return found;
  if (typeof error !== 'object') {
    found.words.push(String(error));
    return found;
  }
  const record = error as Record<string, unknown>;
  for (const key of WORD_KEYS) if (typeof record[key] === 'string') found.words.push(record[key]);
  for (const key of CODE_KEYS) if (typeof record[key] === 'string') found.codes.push(record[key]);
  for (const key of NESTED_KEYS) collect(record[key], found, depth + 1);
  return found;
}

export type StorageFault = 'disk_full' | 'read_only' | 'locked' | 'unreachable';
type Fault = { fault: StorageFault; postgres: boolean };

function postgresFault(codes: string[]): StorageFault | null {
  for (const code of codes) {
    const fault = POSTGRES_CODES[code];
    if (fault) return fault;
    if (UNREACHABLE_KINDS.has(code) || CONNECTION_EXCEPTION.test(code)) return 'unreachable';
  }
  return null;
}

function findFault(error: unknown): Fault | null {
  const { words, codes } = collect(error, { words: [], codes: [] });
  const postgres = postgresFault(codes);
  if (postgres) return { fault: postgres, postgres: true };
  const text = words.join(' ');
  if (FULL.test(text)) return { fault: 'disk_full', postgres: false };
  if (READ_ONLY.test(text)) return { fault: 'read_only', postgres: false };
  if (LOCKED.test(text)) return { fault: 'locked', postgres: false };
  return null;
}

/** Which storage failure a person can act on this is (a full disk, a read-only or locked database, a server gone), if any. */
export function storageFault(error: unknown): StorageFault | null {
  return findFault(error)?.fault ?? null;
}

const MESSAGES: Record<'sqlite' | 'postgresql', Record<StorageFault, string>> = {
  sqlite: {
    disk_full: 'The disk holding the database is full, so nothing could be saved. Free some space; your text is still here.',
    read_only: 'The database file is read-only, so nothing could be saved. Check its permissions; your text is still here.',
    locked: 'The database is busy (locked by another program), so this was not saved. It will be tried again; your text is still here.',
    unreachable: 'The database could not be opened, so this was not saved. Check DATABASE_URL; your text is still here.',
  },
  postgresql: {
    disk_full: 'The disk of the database server is full, so nothing could be saved. Free some space there; your text is still here.',
    read_only:
      'The database server refuses writes (it is read-only or a standby), so nothing could be saved. Point DATABASE_URL at the primary; your text is still here.',
    locked: 'The database is busy (locked by another connection), so this was not saved. It will be tried again; your text is still here.',
    unreachable: 'The database server does not answer, so this was not saved. Check that PostgreSQL is running; your text is still here.',
  },
};

/** A storage failure as the contract's error; null for anything else. The full error is logged where it is caught. */
export function describeDatabaseError(error: unknown): AppError | null {
  const found = findFault(error);
  return found ? new AppError('database_unavailable', MESSAGES[found.postgres ? 'postgresql' : 'sqlite'][found.fault]) : null;
}
