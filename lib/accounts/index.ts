import 'server-only';

// lib/accounts' server surface: people, their sessions, API tokens and the links an admin hands over.
// Client-safe: roles.ts (the role table) and schemas.ts (form inputs).
export {
  acceptInvite,
  accessLinkPath,
  createInvite,
  createPasswordReset,
  type IssuedLink,
  openAccessLink,
  resetPassword,
} from './access-links';
export {
  ACCOUNT_SESSION_COOKIE,
  changePassword,
  passwordMatches,
  type SignedInPerson,
  sessionPerson,
  signIn,
  signOut,
  signOutEverywhere,
} from './sessions';
export { type ApiTokenInfo, apiTokenPerson, createApiToken, listApiTokens, looksLikeApiToken, revokeApiToken } from './tokens';
export { createOwner, listPeople, ownerExists, type Person, peopleNames, updatePerson } from './users';
