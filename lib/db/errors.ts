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

export type StorageFault = 'disk_full' | 'read_only' | 'locked';

/** Which storage failure a person can act on this is (a full disk, a read-only or a locked SQLite file), if any. */
export function storageFault(error: unknown): StorageFault | null {
  const text = messages(error);
  if (FULL.test(text)) return 'disk_full';
  if (READ_ONLY.test(text)) return 'read_only';
  if (LOCKED.test(text)) return 'locked';
  return null;
}

const FAULT_MESSAGES: Record<StorageFault, string> = {
  disk_full: 'The disk holding the database is full, so nothing could be saved. Free some space; your text is still here.',
  read_only: 'The database file is read-only, so nothing could be saved. Check its permissions; your text is still here.',
  locked: 'The database is busy (locked by another program), so this was not saved. It will be tried again; your text is still here.',
};

/** A storage failure as the contract's error; null for anything else. The full error is logged where it is caught. */
export function describeDatabaseError(error: unknown): AppError | null {
  const fault = storageFault(error);
  return fault ? new AppError('database_unavailable', FAULT_MESSAGES[fault]) : null;
}
