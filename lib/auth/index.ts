import 'server-only';

// lib/auth's server surface for pages, routes, actions and the proxy. Client-safe: schemas, next-path.
export { contentSecurityPolicy, createNonce } from './content-security-policy';
export { type AppOrigins, answersToHost, crossSiteRefusal, requestHosts, unknownHostError } from './host-check';
export {
  activeSession,
  authSettingsFrom,
  bearerToken,
  sessionTokenFrom,
  UNAUTHORIZED_MESSAGE,
  WRONG_PASSWORD_MESSAGE,
} from './request-auth';
export {
  assertAuthorized,
  authSettings,
  canLogOut,
  endedSessionCookie,
  logOut,
  newSessionCookie,
  passwordConfigured,
  requestIsAuthorized,
} from './server';
export { SESSION_COOKIE } from './session-token';
