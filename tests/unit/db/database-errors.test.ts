import { describe, expect, it } from 'vitest';
import { describeDatabaseError } from '@/lib/db/errors';

// Shaped like what Prisma's driver adapters throw: the SQLite reason sits a few levels down.
function prismaError(kind: string, message = ''): Error {
  const error = new Error(message);
  Object.assign(error, {
    name: 'PrismaClientKnownRequestError',
    code: 'P2036',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind } } },
  });
  return error;
}

describe('describeDatabaseError', () => {
  it.each([
    ['a full disk', new Error('SqliteError: database or disk is full'), /disk .* is full.*Free some space; your text is still here/],
    ['a read-only file', new Error('attempt to write a readonly database'), /read-only.*permissions; your text is still here/],
    ['a lock held elsewhere', prismaError('SocketTimeout'), /busy .* tried again; your text is still here/],
    ['a busy error in a cause', new Error('write failed', { cause: new Error('SQLITE_BUSY: database is locked') }), /busy/],
  ])('turns %s into database_unavailable with what to do', (_name, error, message) => {
    const described = describeDatabaseError(error);
    expect(described?.code).toBe('database_unavailable');
    expect(described?.status).toBe(503);
    expect(described?.message).toMatch(message);
  });

  it('leaves every other error to the generic handler', () => {
    expect(describeDatabaseError(new Error('Unique constraint failed on the fields: (`slug`)'))).toBeNull();
    expect(describeDatabaseError(prismaError('UniqueConstraintViolation'))).toBeNull();
    expect(describeDatabaseError('a string')).toBeNull();
  });
});
