const STATUS_BY_CODE = {
  bad_request: 400,
  invalid_json: 400,
  validation_failed: 400,
  unknown_model: 400,
  // A publishing site refused the connection: wrong address, not that kind of site, wrong credential, no rights.
  connection_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  // The post this draft was published as is gone from the site (deleted or trashed there).
  remote_post_missing: 409,
  invalid_state: 409,
  // A generation no server process runs any more (seen on the live stream).
  not_running: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  // The model API failed or refused the request while a post was written (seen on the live stream).
  generation_failed: 502,
  // A publishing site failed (down, timed out, a server error): nothing was changed on the draft.
  publish_failed: 502,
  database_unavailable: 503,
  generation_unavailable: 503,
  // No key to encrypt publishing secrets with (SECRET_KEY, SESSION_SECRET or APP_PASSWORD).
  publishing_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof STATUS_BY_CODE;

/** The one error the app raises on purpose: a stable code, a message for a person, an HTTP status. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  /** Headers the response carries, such as Retry-After on a 429. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, message: string, details?: unknown, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
    this.headers = headers;
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } };
  }

  /** The contract's error response: this status, this body, these headers. */
  toResponse(): Response {
    return Response.json(this.toJSON(), { status: this.status, headers: this.headers });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
