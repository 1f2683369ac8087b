import 'server-only';
import { db } from '@/lib/db/client';
import type { Prisma, PrismaClient } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors';
import { CATEGORIES, categoryKey, normaliseCategories } from '@/lib/post-format';

type Client = PrismaClient | Prisma.TransactionClient;

const FIXED_KEYS = new Set(CATEGORIES.map(categoryKey));

/** The categories an admin added, oldest first. */
export async function listCustomCategories({ client = db() }: { client?: Client } = {}): Promise<string[]> {
  const rows = await client.customCategory.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: { name: true } });
  return rows.map((row) => row.name);
}

/**
 * The whole category list: the fixed 60 first, in their order and unchanged (the contract's list), then those an
 * admin added. The model is offered this list and drafts may use any name on it.
 */
export async function listCategories({ client }: { client?: Client } = {}): Promise<string[]> {
  return [...CATEGORIES, ...(await listCustomCategories({ client }))];
}

/** Adds a category to the list; one already on it (in any case or spacing) is refused. */
export async function addCustomCategory({ name }: { name: string }): Promise<string[]> {
  const key = categoryKey(name);
  if (FIXED_KEYS.has(key)) throw new AppError('validation_failed', `"${name}" is already one of the built-in categories.`);
  const existing = await db().customCategory.findUnique({ where: { key } });
  if (existing) throw new AppError('validation_failed', `"${existing.name}" is already in the list.`);
  try {
    await db().customCategory.create({ data: { name, key } });
  } catch (error) {
    // Added at the same moment by another request: the unique key is the judge.
    if ((error as { code?: unknown }).code === 'P2002') throw new AppError('validation_failed', `"${name}" is already in the list.`);
    throw error;
  }
  return listCustomCategories();
}

/** Removes an added category. Drafts that use it keep it; the built-in 60 cannot be removed. */
export async function removeCustomCategory({ name }: { name: string }): Promise<string[]> {
  const key = categoryKey(name);
  if (FIXED_KEYS.has(key)) throw new AppError('validation_failed', `"${name}" is one of the built-in categories, which cannot be removed.`);
  const { count } = await db().customCategory.deleteMany({ where: { key } });
  if (count === 0) throw new AppError('not_found', `"${name}" is not one of the added categories.`);
  return listCustomCategories();
}

/**
 * `names` matched to the list, in its spelling, and those not on it. `kept`: names a draft already has, allowed even
 * when they left the list (a category removed after the draft took it).
 */
export async function resolveCategories({
  names,
  kept = [],
}: {
  names: readonly string[];
  kept?: readonly string[];
}): Promise<{ categories: string[]; unknown: string[] }> {
  return normaliseCategories(names, [...(await listCategories()), ...kept]);
}
