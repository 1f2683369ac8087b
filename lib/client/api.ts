/** An error answered by our API, with the contract's code and a message for a person. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function send<T>(path: string, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new Error('The server could not be reached. Check your connection and try again.');
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(
      response.status,
      error?.code ?? 'http_error',
      error?.message ?? `The server answered ${response.status}. Try again.`,
      error?.details,
    );
  }
  return payload as T;
}

/** Calls our JSON API from the browser; a failure throws ApiError (answered) or Error (unreachable). */
export function callApi<T>(path: string, init: { method: 'POST' | 'PATCH' | 'DELETE'; body?: unknown }): Promise<T> {
  return send<T>(path, { method: init.method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(init.body ?? {}) });
}

export function getApi<T>(path: string): Promise<T> {
  return send<T>(path, { method: 'GET', headers: { Accept: 'application/json' }, cache: 'no-store' });
}
