const encoder = new TextEncoder();

/** Compares two byte strings in time that depends only on their length, never on where they differ. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] ?? 0) ^ (b[index] ?? 0);
  return difference === 0;
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

// Hashing first gives both sides the same length, so neither the content nor the length of the secret leaks.
export async function secretsMatch(given: string, expected: string): Promise<boolean> {
  const [givenHash, expectedHash] = await Promise.all([sha256(given), sha256(expected)]);
  return constantTimeEqual(givenHash, expectedHash);
}
