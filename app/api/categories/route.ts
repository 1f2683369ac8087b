import { NextResponse } from 'next/server';
import { CATEGORIES } from '@/lib/post-format';

export function GET() {
  return NextResponse.json(CATEGORIES);
}
