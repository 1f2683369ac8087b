import { constantTimeEqual } from './constant-time';

export const SESSION_COOKIE = 'postsmith_session';
export const SESSION_TTL_SECONDS = 30 * 24 * 60 * 60;

const TOKEN_VERSION = 'v2';
const PASSWORD_KDF_ITERATIONS = 600_000;
const encoder = new TextEncoder();

export type SessionSecrets = { password: string; secret?: string | undefined };

let cachedKey: { id: string; key: Promise<CryptoKey> } | undefined;

async function deriveKey({ password, secret }: SessionSecrets): Promise<CryptoKey> {
  const hmac = { name: 'HMAC', hash: 'SHA-256', length: 256 };
  const usages: KeyUsage[] = ['sign'];
  // The password is part of the key either way, so changing it ends every session.
  if (secret) {
    const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'HKDF', false, ['deriveKey']);
    const info = encoder.encode(`postsmith session ${TOKEN_VERSION}`);
    const salt = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(password)));
    return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, material, hmac, false, usages);
  }
  // Without a separate secret a slow KDF keeps a stolen cookie from being a fast offline test of the password.
  const material = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  const salt = encoder.encode(`postsmith session ${TOKEN_VERSION}`);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PASSWORD_KDF_ITERATIONS },
    material,
    hmac,
    false,
    usages,
  );
}

/** The HMAC key that signs session cookies, derived once per process and kept while the secrets stay the same. */
export function sessionKey(secrets: SessionSecrets): Promise<CryptoKey> {
  const id = JSON.stringify([secrets.password, secrets.secret ?? null]);
  if (cachedKey?.id !== id) cachedKey = { id, key: deriveKey(secrets) };
  return cachedKey.key;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

async function signature(key: CryptoKey, payload: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(payload)));
}

/** A login: its random id (so one can be ended alone) and when it began (so all before a moment can be ended). */
export type Session = { id: string; issuedAt: number };

export function newSessionId(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(16)));
}

/** `v2.<session id>.<issued at, unix ms>.<HMAC-SHA256 of the rest, base64url>`: no user data, nothing to decrypt. */
export async function signSessionToken({
  key,
  now = Date.now(),
  id = newSessionId(),
}: {
  key: CryptoKey;
  now?: number;
  id?: string;
}): Promise<string> {
  const payload = `${TOKEN_VERSION}.${id}.${now}`;
  return `${payload}.${toBase64Url(await signature(key, payload))}`;
}

/** The session a token proves, or null when it is forged, malformed or older than SESSION_TTL_SECONDS. */
export async function verifySessionToken({
  token,
  key,
  now = Date.now(),
}: {
  token: string | undefined;
  key: CryptoKey;
  now?: number;
}): Promise<Session | null> {
  const parts = token?.split('.') ?? [];
  const [version, id, issued, signed] = parts;
  if (parts.length !== 4 || version !== TOKEN_VERSION || !id || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  if (!issued || !/^\d{1,15}$/.test(issued) || signed === undefined) return null;
  const given = fromBase64Url(signed);
  const expected = await signature(key, `${version}.${id}.${issued}`);
  if (!given || !constantTimeEqual(given, expected)) return null;
  const issuedAt = Number(issued);
  return issuedAt + SESSION_TTL_SECONDS * 1000 > now ? { id, issuedAt } : null;
}
