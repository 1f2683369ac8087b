import 'server-only';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { auth } from './better-auth';
import type { Role } from './roles';
import type { NewAccountValues } from './schemas';

export type Person = { id: string; name: string; email: string; role: Role; disabled: boolean; createdAt: Date };

const store = globalThis as typeof globalThis & { postsmithOwnerExists?: boolean; postsmithOwnerQuery?: Promise<boolean> };

/**
 * Whether the install has moved to accounts. Until the owner exists the app works as before: open, or behind
 * APP_PASSWORD. Once true it stays true (nobody deletes the last account), so it is read from the database once.
 * Until then every request asks (the owner may be made on another instance); requests asking while a query is on
 * its way share it, so its answer is at most one database round trip old, and sixty viewers connecting at once cost
 * one query, not a hundred and twenty (the proxy and the route both ask).
 */
export async function ownerExists(): Promise<boolean> {
  if (store.postsmithOwnerExists) return true;
  store.postsmithOwnerQuery ??= db()
    .user.count({ take: 1 })
    .then((count) => count > 0)
    .finally(() => {
      store.postsmithOwnerQuery = undefined;
    });
  const exists = await store.postsmithOwnerQuery;
  if (exists) store.postsmithOwnerExists = true;
  return exists;
}

/** Makes an account with a role; its password is hashed by better-auth. */
export async function createAccount(values: NewAccountValues, role: Role): Promise<Person> {
  const existing = await db().user.findUnique({ where: { email: values.email } });
  if (existing) throw new AppError('invalid_state', 'An account with this email exists already. Log in, or use another address.');
  const { user } = await (await auth()).api.signUpEmail({ body: values });
  const person = await db().user.update({ where: { id: user.id }, data: { role } });
  return toPerson(person);
}

/**
 * The first account, made on the setup page: the owner, an admin. Only one request can make it: the claim row is
 * unique, so a second setup sent at the same moment is refused rather than making a second owner.
 */
export async function createOwner(values: NewAccountValues): Promise<Person> {
  if (await ownerExists()) throw new AppError('invalid_state', 'This install has an owner already. Log in instead.');
  try {
    await db().appSecret.create({ data: { name: 'owner-claimed', value: values.email } });
  } catch {
    throw new AppError('invalid_state', 'This install has an owner already. Log in instead.');
  }
  const owner = await createAccount(values, 'admin');
  store.postsmithOwnerExists = true;
  return owner;
}

type UserRow = { id: string; name: string; email: string; role: Role; disabledAt: Date | null; createdAt: Date };

function toPerson(row: UserRow): Person {
  return { id: row.id, name: row.name, email: row.email, role: row.role, disabled: row.disabledAt !== null, createdAt: row.createdAt };
}

export async function listPeople(): Promise<Person[]> {
  const rows = await db().user.findMany({ orderBy: { createdAt: 'asc' } });
  return rows.map(toPerson);
}

/** Names for attribution, by id; a removed person keeps theirs. */
export async function peopleNames(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db().user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * An admin changes a person's role or removes them (their sessions and tokens end, their name stays on their work).
 * The last active admin cannot be demoted or removed: the install would have nobody to manage it.
 */
export async function updatePerson({
  id,
  role,
  disabled,
  by,
}: {
  id: string;
  role?: Role | undefined;
  disabled?: boolean | undefined;
  by: string;
}): Promise<Person> {
  return db().$transaction(async (tx) => {
    const person = await tx.user.findUnique({ where: { id } });
    if (!person) throw new AppError('not_found', 'No such person. Reload the page.');
    const losesAdmin = person.role === 'admin' && !person.disabledAt && ((role && role !== 'admin') || disabled === true);
    if (losesAdmin) {
      const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null } });
      if (admins <= 1) throw new AppError('invalid_state', 'This is the only admin. Make someone else an admin first.');
    }
    if (disabled === true && id === by) throw new AppError('invalid_state', 'You cannot remove yourself. Ask another admin.');
    const updated = await tx.user.update({
      where: { id },
      data: {
        ...(role ? { role } : {}),
        ...(disabled === undefined ? {} : { disabledAt: disabled ? (person.disabledAt ?? new Date()) : null }),
      },
    });
    if (disabled === true) {
      await tx.session.deleteMany({ where: { userId: id } });
      await tx.apiToken.deleteMany({ where: { userId: id } });
    }
    return toPerson(updated);
  });
}
