/** Calls our JSON API from the browser; a failure throws with the server's message for a person. */
export async function callApi<T>(path: string, init: { method: 'POST' | 'PATCH' | 'DELETE'; body?: unknown }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(init.body ?? {}),
    });
  } catch {
    throw new Error('The server could not be reached. Check your connection and try again.');
  }
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const message = (payload as { error?: { message?: string } } | null)?.error?.message;
    throw new Error(message ?? `The server answered ${response.status}. Try again.`);
  }
  return payload as T;
}
