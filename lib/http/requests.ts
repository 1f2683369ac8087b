import 'server-only';
import type { z } from 'zod';
import { crossSiteRefusal, requestHosts } from '@/lib/auth/host-check';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { malformedTextProblem } from './well-formed-text';

const MAX_JSON_BYTES = 2_500_000;

/**
 * A mutating request from another site (a cross-site form or script) gets 403: the same rule as the proxy's, so
 * a handler reached some other way (a server action, a test) is held to it too.
 */
export function assertMutationAllowed(request: Request): void {
  const { TRUSTED_PROXIES: trusted, APP_ORIGIN: origins } = serverEnv();
  const hosts = requestHosts({ headers: request.headers, fallbackHost: new URL(request.url).host, trusted });
  const refusal = crossSiteRefusal({ origin: request.headers.get('origin'), hosts, origins });
  if (refusal) throw refusal;
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join(' ');
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const malformed = malformedTextProblem(value);
  if (malformed) throw new AppError('validation_failed', malformed);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('validation_failed', formatIssues(parsed.error), { issues: parsed.error.issues });
  return parsed.data;
}

/** Reads a JSON body (origin-checked, size-capped) and validates it against `schema`. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  assertMutationAllowed(request);
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON with Content-Type: application/json.');
  }
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  const text = await request.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError('payload_too_large', 'The request body is too large.');
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON.');
  }
  return parseWith(schema, body);
}
