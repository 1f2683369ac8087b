import 'server-only';

export { type LoginResult, logIn, WRONG_ACCOUNT_MESSAGE } from './account-login';
// lib/auth's server surface for pages, routes, actions and the proxy. Client-safe: schemas, next-path.
export { contentSecurityPolicy, createNonce } from './content-security-policy';
export { type AppOrigins, answersToHost, crossSiteRefusal, requestHosts, unknownHostError } from './host-check';
export { NO_ACCOUNTS_YET_MESSAGE, requirePerson } from './person';
export {
  assertMay,
  assertMayChange,
  authorize,
  mayChange,
  type Principal,
  principalFrom,
  principalId,
  principalRole,
  requirePrincipal,
  unauthorizedError,
} from './principal';
export {
  activeSession,
  authSettingsFrom,
  bearerToken,
  sessionTokenFrom,
  UNAUTHORIZED_MESSAGE,
  WRONG_PASSWORD_MESSAGE,
} from './request-auth';
export { PRINCIPAL_HEADER, sealPrincipal } from './sealed-principal';
export {
  accountLoginCookie,
  accountSessionCookie,
  authorizeAction,
  authSettings,
  currentPrincipal,
  endedSessionCookies,
  loginRequired,
  logOut,
  newSessionCookie,
  type PageAccess,
  pageAccess,
  requestIsAuthorized,
} from './server';
export { SESSION_COOKIE } from './session-token';
export { siteUrl } from './site-url';
