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
      'The database does not answer. Check that DATABASE_URL points to a readable, writable file.',
    );
  }
  return NextResponse.json({ ok: true });
});
