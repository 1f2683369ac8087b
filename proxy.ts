import { type NextRequest, NextResponse } from 'next/server';
import { ownerExists } from '@/lib/accounts';
import {
  type AppOrigins,
  activeSession,
  answersToHost,
  authSettingsFrom,
  bearerToken,
  contentSecurityPolicy,
  createNonce,
  crossSiteRefusal,
  PRINCIPAL_HEADER,
  type Principal,
  principalFrom,
  requestHosts,
  SESSION_COOKIE,
  sealPrincipal,
  unauthorizedError,
  unknownHostError,
} from '@/lib/auth';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { clientId, guessPassword, loginWaitError } from '@/lib/rate-limit';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OPEN_PATHS = new Set(['/login', '/api/auth/login', '/api/health']);
// Invite and password-reset links are opened by people who cannot log in yet; the token in the path is the check.
const OPEN_PREFIXES = ['/join/', '/reset/', '/api/join/', '/api/reset/'];
const MAX_BODY_BYTES = 3 * 1024 * 1024;
// Uploads are multipart and checked against the import's own, larger allowance by their route.
const UPLOAD_PATHS = new Set(['/api/import']);

function refuseMutation(request: NextRequest, { hosts, origins }: { hosts: string[]; origins: AppOrigins }): Response | null {
  const refusal = crossSiteRefusal({ origin: request.headers.get('origin'), hosts, origins });
  if (refusal) return refusal.toResponse();
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (!UPLOAD_PATHS.has(request.nextUrl.pathname) && declared > MAX_BODY_BYTES) {
    return new AppError('payload_too_large', 'The request body is too large.').toResponse();
  }
  return null;
}

function loginRedirect(request: NextRequest): Response {
  const wanted = new URL(request.nextUrl.href);
  wanted.searchParams.delete('_rsc');
  const target = request.nextUrl.clone();
  target.pathname = '/login';
  target.search = '';
  target.hash = '';
  target.searchParams.set('next', `${wanted.pathname}${wanted.search}`);
  return NextResponse.redirect(target);
}

/** Who is let in (a person when the proxy looked one up; null for an open path or before accounts), or the refusal. */
type Admission = { refused: Response } | { principal: Principal | null };

async function admit(request: NextRequest): Promise<Admission> {
  const { pathname } = request.nextUrl;
  const env = serverEnv();
  const { TRUSTED_PROXIES: trusted, APP_ORIGIN: origins } = env;
  // `next start` builds the proxy's URL from the address it is bound to, never from Host
  // (runMiddleware in node_modules/next/dist/server/next-server.js), so nextUrl names the bound address.
  const { host: boundHost, hostname: boundHostname } = request.nextUrl;
  const hosts = requestHosts({ headers: request.headers, fallbackHost: boundHost, trusted });
  const unknown = hosts.find((host) => !answersToHost(host, { origins, boundHostname }));
  if (unknown !== undefined) return { refused: unknownHostError(unknown).toResponse() };

  const api = pathname === '/api' || pathname.startsWith('/api/');
  if (api && MUTATING_METHODS.has(request.method)) {
    const refused = refuseMutation(request, { hosts, origins });
    if (refused) return { refused };
  }
  if (OPEN_PATHS.has(pathname) || OPEN_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return { principal: null };
  const settings = authSettingsFrom(env);
  if (await ownerExists()) {
    const principal = await principalFrom(request.headers);
    if (principal) return { principal };
  } else {
    if (!settings) return { principal: null };
    if (await activeSession({ settings, sessionToken: request.cookies.get(SESSION_COOKIE)?.value })) return { principal: null };
    // Before accounts, a Bearer APP_PASSWORD is a guess like a login: it goes through the same door and counters.
    const bearer = bearerToken(request.headers.get('authorization'));
    if (bearer !== null) {
      const guess = await guessPassword({ client: clientId(request.headers, trusted), given: bearer, password: settings.password });
      if (guess.outcome === 'right') return { principal: null };
      if (guess.outcome === 'wait') return { refused: loginWaitError(guess).toResponse() };
    }
  }
  // Pages opened in a browser go to the login page; API calls and form or action posts get the contract's 401.
  if (!api && (request.method === 'GET' || request.method === 'HEAD')) return { refused: loginRedirect(request) };
  return { refused: (await unauthorizedError()).toResponse() };
}

/**
 * Refuses Host names the app does not answer to (DNS rebinding), lets in only people who logged in (an account, or
 * APP_PASSWORD before the owner account exists), and gives every response a nonce-based CSP. What each role may do is
 * checked where it is done (routes, actions, pages), not here.
 */
export async function proxy(request: NextRequest): Promise<Response> {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' });
  const admission = await admit(request);
  let response: Response;
  if ('refused' in admission) response = admission.refused;
  else {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('content-security-policy', policy);
    // Who is asking, as looked up here, for the route behind (lib/auth/sealed-principal.ts); a value the client sent
    // never passes on.
    requestHeaders.delete(PRINCIPAL_HEADER);
    if (admission.principal) requestHeaders.set(PRINCIPAL_HEADER, sealPrincipal(admission.principal));
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // The icons are public: the login page shows them before anyone logs in.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg).*)'],
};
