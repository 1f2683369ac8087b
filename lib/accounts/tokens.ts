import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { type SignedInPerson, signedInPerson } from './sessions';

// A random 32-byte secret needs no slow hash: SHA-256 of it cannot be reversed or guessed. (better-auth's api-key
// plugin would bring its own endpoints, refills and metadata; a token here needs a hash, a name and a last-used time.)
export const API_TOKEN_PREFIX = 'pst_';
const LAST_USED_PRECISION_MS = 60_000;

export type ApiTokenInfo = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null };

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function looksLikeApiToken(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX);
}

/** Makes a token; the secret is in the answer only, never stored. */
export async function createApiToken({ userId, name }: { userId: string; name: string }): Promise<ApiTokenInfo & { token: string }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const row = await db().apiToken.create({
    data: { userId, name, prefix: token.slice(0, API_TOKEN_PREFIX.length + 6), tokenHash: hashSecret(token) },
  });
  return { ...tokenInfo(row), token };
}

function tokenInfo(row: ApiTokenInfo): ApiTokenInfo {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt };
}

export async function listApiTokens(userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db().apiToken.findMany({ where: { userId }, orderBy: { createdAt: 'desc' } });
  return rows.map(tokenInfo);
}

export async function revokeApiToken({ id, userId }: { id: string; userId: string }): Promise<void> {
  const { count } = await db().apiToken.deleteMany({ where: { id, userId } });
  if (count === 0) throw new AppError('not_found', 'No such token: it may be revoked already. Reload the page.');
}

/** The person a token belongs to (not removed), recording when it was last used (to the minute). */
export async function apiTokenPerson(token: string): Promise<SignedInPerson | null> {
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashSecret(token) }, include: { user: true } });
  const person = row ? signedInPerson(row.user) : null;
  if (!row || !person) return null;
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_PRECISION_MS) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return person;
}
