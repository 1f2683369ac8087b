import { NextResponse } from 'next/server';
import { z } from 'zod';
import { authorize } from '@/lib/auth';
import { testModel } from '@/lib/generation';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

const TestModelInput = z.object({ model: z.string().trim().min(1).max(200) }).strict();

/** One tiny request to an offered model: `{"ok": true, "ms", "reply"}`, or the error shape saying why it did not answer. */
export const POST = handle(async (request) => {
  await authorize(request.headers, 'settings.manage');
  const { model } = await readJson(request, TestModelInput);
  return NextResponse.json(await testModel({ id: model }));
});
