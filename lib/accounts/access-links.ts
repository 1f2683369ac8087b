import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Role } from './roles';
import type { NewAccountValues } from './schemas';
import { setPassword } from './sessions';
import { hashSecret } from './tokens';
import { createAccount, type Person } from './users';

const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;
const RESET_TTL_MS = 24 * 60 * 60_000;

export type AccessLinkKind = 'invite' | 'password_reset';
/** The path a person opens; the admin hands over the whole address. */
export const accessLinkPath = (kind: AccessLinkKind, token: string) => (kind === 'invite' ? `/join/${token}` : `/reset/${token}`);

export type IssuedLink = { path: string; expiresAt: Date };

async function issue(data: {
  kind: AccessLinkKind;
  role?: Role;
  userId?: string;
  createdById: string;
  ttlMs: number;
}): Promise<IssuedLink> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + data.ttlMs);
  await db().accessLink.create({
    data: {
      kind: data.kind,
      role: data.role ?? null,
      userId: data.userId ?? null,
      createdById: data.createdById,
      tokenHash: hashSecret(token),
      expiresAt,
    },
  });
  return { path: accessLinkPath(data.kind, token), expiresAt };
}

/** An invite to join with a role, valid for 7 days, once. */
export function createInvite({ role, by }: { role: Role; by: string }): Promise<IssuedLink> {
  return issue({ kind: 'invite', role, createdById: by, ttlMs: INVITE_TTL_MS });
}

/** A link that lets a person set a new password, valid for a day, once. */
export async function createPasswordReset({ userId, by }: { userId: string; by: string }): Promise<IssuedLink> {
  const person = await db().user.findUnique({ where: { id: userId } });
  if (!person || person.disabledAt) throw new AppError('not_found', 'No such person. Reload the page.');
  return issue({ kind: 'password_reset', userId, createdById: by, ttlMs: RESET_TTL_MS });
}

export type OpenLink = { kind: 'invite'; role: Role } | { kind: 'password_reset'; email: string };

const USED_OR_EXPIRED = 'This link was used already or has expired. Ask an admin for a new one.';

/** What a link is for, or a 404 saying to ask for a new one. */
export async function openAccessLink(kind: AccessLinkKind, token: string): Promise<OpenLink> {
  const link = await db().accessLink.findUnique({ where: { tokenHash: hashSecret(token) } });
  if (!link || link.kind !== kind || link.usedAt || link.expiresAt.getTime() <= Date.now())
    throw new AppError('not_found', USED_OR_EXPIRED);
  if (link.kind === 'invite') return { kind: 'invite', role: link.role ?? 'writer' };
  const person = link.userId ? await db().user.findUnique({ where: { id: link.userId } }) : null;
  if (!person || person.disabledAt) throw new AppError('not_found', USED_OR_EXPIRED);
  return { kind: 'password_reset', email: person.email };
}

/** Marks a live link used; false when another request used it first. */
async function spend(kind: AccessLinkKind, token: string): Promise<{ role: Role | null; userId: string | null } | null> {
  const tokenHash = hashSecret(token);
  const { count } = await db().accessLink.updateMany({
    where: { tokenHash, kind, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (count === 0) return null;
  return db().accessLink.findUniqueOrThrow({ where: { tokenHash }, select: { role: true, userId: true } });
}

export async function acceptInvite(token: string, values: NewAccountValues): Promise<Person> {
  await openAccessLink('invite', token);
  const taken = await db().user.findUnique({ where: { email: values.email } });
  if (taken) throw new AppError('invalid_state', 'An account with this email exists already. Log in, or use another address.');
  const link = await spend('invite', token);
  if (!link) throw new AppError('not_found', USED_OR_EXPIRED);
  return createAccount(values, link.role ?? 'writer');
}

export async function resetPassword(token: string, password: string): Promise<void> {
  const link = await spend('password_reset', token);
  if (!link?.userId) throw new AppError('not_found', USED_OR_EXPIRED);
  await setPassword(link.userId, password);
}
