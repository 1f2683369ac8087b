import { AppError } from '@/lib/errors';

const LOCKED = /database is locked|SQLITE_BUSY|SocketTimeout|busy/i;
const FULL = /SQLITE_FULL|database or disk is full|disk is full|no space left/i;
const READ_ONLY = /SQLITE_READONLY|readonly database|read-only/i;

// Prisma wraps driver failures (code, meta.driverAdapterError.cause.kind…): collect every word on the way down.
function messages(error: unknown, depth = 0): string {
  if (depth > 4 || error === null || error === undefined) return '';
  if (typeof error !== 'object') return String(error);
  const record = error as Record<string, unknown>;
  const own = ['name', 'message', 'code', 'kind'].map((key) => (typeof record[key] === 'string' ? record[key] : '')).join(' ');
  const nested = ['cause', 'meta', 'driverAdapterError'].map((key) => messages(record[key], depth + 1)).join(' ');
  return `${own} ${nested}`;
}

/**
 * A storage failure the person can act on (a locked, full or read-only SQLite file) as the contract's
 * error; null for anything else. The full error is logged where it is caught.
 */
export function describeDatabaseError(error: unknown): AppError | null {
  const text = messages(error);
  if (FULL.test(text)) {
    return new AppError(
      'database_unavailable',
      'The disk holding the database is full, so nothing could be saved. Free some space; your text is still here.',
    );
  }
  if (READ_ONLY.test(text)) {
    return new AppError(
      'database_unavailable',
      'The database file is read-only, so nothing could be saved. Check its permissions; your text is still here.',
    );
  }
  if (LOCKED.test(text)) {
    return new AppError(
      'database_unavailable',
      'The database is busy (locked by another program), so this was not saved. It will be tried again; your text is still here.',
    );
  }
  return null;
}
