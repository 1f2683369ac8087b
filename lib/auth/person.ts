import 'server-only';
import type { SignedInPerson } from '@/lib/accounts';
import type { Permission } from '@/lib/accounts/roles';
import { AppError } from '@/lib/errors';
import { assertMay, requirePrincipal } from './principal';

export const NO_ACCOUNTS_YET_MESSAGE = 'This install has no accounts yet. Create the owner account on the Setup page (/setup) first.';

/**
 * For what only a person has (their account, their tokens, people they manage): the installation principal of an
 * install without accounts is told to create the owner first.
 */
export async function requirePerson(headers: Headers, permission?: Permission): Promise<SignedInPerson> {
  const principal = await requirePrincipal(headers);
  if (permission) assertMay(principal, permission);
  if (principal.kind !== 'person') throw new AppError('invalid_state', NO_ACCOUNTS_YET_MESSAGE);
  return principal.person;
}
