import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth';
import { addCustomCategory, CategoryNameInput, listCustomCategories, removeCustomCategory } from '@/lib/categories';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** The categories added to the fixed 60, oldest first. */
export const GET = handle(async (request) => {
  await authorize(request.headers, 'drafts.read');
  return NextResponse.json({ categories: await listCustomCategories() });
});

/** Adds a category to the list, for everyone (admins only): 201 with the added categories; 400 for one already on it. */
export const POST = handle(async (request) => {
  await authorize(request.headers, 'settings.manage');
  const { name } = await readJson(request, CategoryNameInput);
  return NextResponse.json({ categories: await addCustomCategory({ name }) }, { status: 201 });
});

/** Removes an added category (admins only; drafts that use it keep it); the built-in 60 cannot be removed. */
export const DELETE = handle(async (request) => {
  await authorize(request.headers, 'settings.manage');
  const { name } = await readJson(request, CategoryNameInput);
  return NextResponse.json({ categories: await removeCustomCategory({ name }) });
});
