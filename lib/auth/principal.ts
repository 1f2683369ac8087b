import 'server-only';
import { apiTokenPerson, looksLikeApiToken, ownerExists, type SignedInPerson, sessionPerson } from '@/lib/accounts';
import { FORBIDDEN_MESSAGES, type Permission, type Role, roleMay, roleMayChange } from '@/lib/accounts/roles';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { secretsMatch } from './constant-time';
import { activeSession, authSettingsFrom, bearerToken, sessionTokenFrom, UNAUTHORIZED_MESSAGE } from './request-auth';
import { PRINCIPAL_HEADER, unsealPrincipal } from './sealed-principal';

/**
 * Who is asking. A person (by their session cookie or a personal API token), or, until the install has an owner
 * account, the installation itself: anyone on an open install, or whoever knows APP_PASSWORD. The installation may
 * do everything, as before accounts; it signs nothing with a name.
 */
export type Principal = { kind: 'person'; person: SignedInPerson } | { kind: 'installation' };

export const principalRole = (principal: Principal): Role => (principal.kind === 'person' ? principal.person.role : 'admin');
/** The person to credit, or null for the installation. */
export const principalId = (principal: Principal): string | null => (principal.kind === 'person' ? principal.person.id : null);

export const UNAUTHORIZED_ACCOUNT_MESSAGE = 'Log in first, or send Authorization: Bearer <your API token> (Account page).';

/**
 * The one door from a request to who is asking, for the proxy, routes, server actions and pages alike. Wrong
 * APP_PASSWORD guesses are counted by the proxy before this runs (lib/rate-limit/login-limit.ts).
 */
export async function principalFrom(headers: Headers): Promise<Principal | null> {
  // Behind the proxy, its own answer for this request (sealed): asking the database again would only repeat it.
  const sealed = unsealPrincipal(headers.get(PRINCIPAL_HEADER));
  if (sealed) return sealed;
  if (!(await ownerExists())) {
    const settings = authSettingsFrom(serverEnv());
    if (!settings) return { kind: 'installation' };
    const bearer = bearerToken(headers.get('authorization'));
    if (bearer !== null && (await secretsMatch(bearer, settings.password))) return { kind: 'installation' };
    const session = await activeSession({ settings, sessionToken: sessionTokenFrom(headers.get('cookie')) });
    return session ? { kind: 'installation' } : null;
  }
  const bearer = bearerToken(headers.get('authorization'));
  if (bearer !== null && looksLikeApiToken(bearer)) {
    const person = await apiTokenPerson(bearer);
    return person ? { kind: 'person', person } : null;
  }
  const person = await sessionPerson(headers);
  return person ? { kind: 'person', person } : null;
}

export async function unauthorizedError(): Promise<AppError> {
  return new AppError('unauthorized', (await ownerExists()) ? UNAUTHORIZED_ACCOUNT_MESSAGE : UNAUTHORIZED_MESSAGE);
}

/** The principal, or the contract's 401. */
export async function requirePrincipal(headers: Headers): Promise<Principal> {
  const principal = await principalFrom(headers);
  if (!principal) throw await unauthorizedError();
  return principal;
}

export function assertMay(principal: Principal, permission: Permission): void {
  if (!roleMay(principalRole(principal), permission)) throw new AppError('forbidden', FORBIDDEN_MESSAGES[permission]);
}

/** The principal if its role may do this: 401 when nobody is logged in, 403 with what to do when the role may not. */
export async function authorize(headers: Headers, permission: Permission): Promise<Principal> {
  const principal = await requirePrincipal(headers);
  assertMay(principal, permission);
  return principal;
}

/**
 * Changing one thing someone made (a draft, a batch): its author may with `drafts.edit-own`, anyone else needs
 * `drafts.edit-any`. Things made before accounts, or by the installation, have no author: editors and admins only.
 */
export function mayChange(principal: Principal, authorId: string | null): boolean {
  return roleMayChange(principalRole(principal), principalId(principal), authorId);
}

export function assertMayChange(principal: Principal, authorId: string | null): void {
  if (!mayChange(principal, authorId)) throw new AppError('forbidden', FORBIDDEN_MESSAGES['drafts.edit-any']);
}
