import { NextResponse } from 'next/server';
import { addCustomCategory, CategoryNameInput, listCustomCategories, removeCustomCategory } from '@/lib/categories';
import { handle, readJson } from '@/lib/http';

export const dynamic = 'force-dynamic';

/** The categories added to the fixed 60, oldest first. */
export const GET = handle(async () => NextResponse.json({ categories: await listCustomCategories() }));

// admin only (issue 22): adding and removing categories changes the list for everyone; check the role here.
/** Adds a category to the list: 201 with the added categories; 400 for one already on it. */
export const POST = handle(async (request) => {
  const { name } = await readJson(request, CategoryNameInput);
  return NextResponse.json({ categories: await addCustomCategory({ name }) }, { status: 201 });
});

// admin only (issue 22)
/** Removes an added category (drafts that use it keep it); the built-in 60 cannot be removed. */
export const DELETE = handle(async (request) => {
  const { name } = await readJson(request, CategoryNameInput);
  return NextResponse.json({ categories: await removeCustomCategory({ name }) });
});
