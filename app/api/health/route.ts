import { NextResponse } from 'next/server';
import { pingDatabase } from '@/lib/drafts';
import { AppError } from '@/lib/errors';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => {
  try {
    await pingDatabase();
  } catch (error) {
    console.error('Health check: the database did not answer', error);
    throw new AppError(
      'database_unavailable',
      'The database does not answer. Check DATABASE_URL: a readable, writable SQLite file, or a PostgreSQL server that is up.',
    );
  }
  return NextResponse.json({ ok: true });
});
