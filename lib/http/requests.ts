import 'server-only';
import type { z } from 'zod';
import { AppError } from '@/lib/errors';
import { malformedTextProblem } from './well-formed-text';

const MAX_JSON_BYTES = 2_500_000;

/** Mutating requests must be JSON from this origin; a cross-site form or script gets 403. */
export function assertMutationAllowed(request: Request): void {
  const origin = request.headers.get('origin');
  if (origin) {
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) {
      throw new AppError('forbidden', 'This request came from another site and was refused.');
    }
  }
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
