import { NextResponse } from 'next/server';
import { listTagSuggestions } from '@/lib/drafts';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => NextResponse.json(await listTagSuggestions()));
