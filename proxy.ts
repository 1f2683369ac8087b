import { type NextRequest, NextResponse } from 'next/server';
import { contentSecurityPolicy, createNonce } from '@/lib/auth/content-security-policy';
import { authSettingsFromEnv, bearerToken, isAuthorized, UNAUTHORIZED_MESSAGE } from '@/lib/auth/request-auth';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { AppError } from '@/lib/errors';
import { clientId } from '@/lib/rate-limit/client-id';
import { loginLockoutMessage, recordLoginFailure } from '@/lib/rate-limit/login-limit';

const MUTATING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const OPEN_PATHS = new Set(['/login', '/api/auth/login', '/api/health']);
const MAX_BODY_BYTES = 3 * 1024 * 1024;
// Uploads are multipart and checked against the import's own, larger allowance by their route.
const UPLOAD_PATHS = new Set(['/api/import']);

function errorResponse(error: AppError): NextResponse {
  return NextResponse.json(error.toJSON(), { status: error.status });
}

/** Same rule as lib/http/requests.ts (which the proxy cannot import): an Origin must name this host. */
function fromAnotherSite(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function refuseMutation(request: NextRequest, pathname: string): NextResponse | null {
  if (fromAnotherSite(request)) return errorResponse(new AppError('forbidden', 'This request came from another site and was refused.'));
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (!UPLOAD_PATHS.has(pathname) && declared > MAX_BODY_BYTES) {
    return errorResponse(new AppError('payload_too_large', 'The request body is too large.'));
  }
  return null;
}

function loginRedirect(request: NextRequest): NextResponse {
  const wanted = new URL(request.nextUrl.href);
  wanted.searchParams.delete('_rsc');
  const target = request.nextUrl.clone();
  target.pathname = '/login';
  target.search = '';
  target.hash = '';
  target.searchParams.set('next', `${wanted.pathname}${wanted.search}`);
  return NextResponse.redirect(target);
}

async function refuse(request: NextRequest): Promise<NextResponse | null> {
  const { pathname } = request.nextUrl;
  const api = pathname === '/api' || pathname.startsWith('/api/');
  if (api && MUTATING_METHODS.has(request.method)) {
    const refused = refuseMutation(request, pathname);
    if (refused) return refused;
  }
  const settings = authSettingsFromEnv(process.env);
  if (!settings || OPEN_PATHS.has(pathname)) return null;
  // A Bearer password is a login attempt too: it counts toward the same lockout as the login form.
  const authorization = request.headers.get('authorization');
  const guessing = bearerToken(authorization) !== null;
  const client = clientId(request.headers);
  const lockout = guessing ? loginLockoutMessage({ client }) : null;
  if (lockout) return errorResponse(new AppError('rate_limited', lockout));
  const authorized = await isAuthorized({ settings, sessionToken: request.cookies.get(SESSION_COOKIE)?.value, authorization });
  if (authorized) return null;
  if (guessing) recordLoginFailure({ client });
  // Pages opened in a browser go to the login page; API calls and form or action posts get the contract's 401.
  if (!api && (request.method === 'GET' || request.method === 'HEAD')) return loginRedirect(request);
  return errorResponse(new AppError('unauthorized', UNAUTHORIZED_MESSAGE));
}

/** Guards every page and API call when APP_PASSWORD is set, and gives every response a nonce-based CSP. */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === 'development' });
  let response = await refuse(request);
  if (!response) {
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('content-security-policy', policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
};
