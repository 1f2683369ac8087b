import { NextResponse } from 'next/server';
import { listTagSuggestions } from '@/lib/drafts/tag-suggestions';
import { handle } from '@/lib/http/responses';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => NextResponse.json(await listTagSuggestions()));
