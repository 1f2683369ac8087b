import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

const VERSION = 'v1';
const INFO = 'postsmith publishing secrets v1';
const PASSWORD_KDF_ITERATIONS = 600_000;
const pbkdf2Async = promisify(pbkdf2);

let cached: { id: string; key: Promise<Buffer> } | undefined;

// SECRET_KEY or SESSION_SECRET are long random strings: HKDF suffices. APP_PASSWORD alone may be guessable, so a
// slow KDF keeps a copied database from being a fast offline test of it (as the session key does, lib/auth).
function deriveKey(): Promise<Buffer> {
  const { SECRET_KEY, SESSION_SECRET, APP_PASSWORD } = serverEnv();
  const material = SECRET_KEY ?? SESSION_SECRET;
  const id = JSON.stringify([SECRET_KEY, SESSION_SECRET, APP_PASSWORD]);
  if (cached?.id === id) return cached.key;
  let key: Promise<Buffer>;
  if (material) key = Promise.resolve(Buffer.from(hkdfSync('sha256', material, 'postsmith', INFO, 32)));
  else if (APP_PASSWORD) key = pbkdf2Async(APP_PASSWORD, INFO, PASSWORD_KDF_ITERATIONS, 32, 'sha256');
  else {
    throw new AppError(
      'publishing_unavailable',
      'Publishing needs a key to encrypt site passwords with: set SECRET_KEY (32+ characters, e.g. `openssl rand -base64 32`) and restart the app.',
    );
  }
  cached = { id, key };
  return key;
}

/** Whether secrets can be stored: a key is configured (SECRET_KEY, SESSION_SECRET or APP_PASSWORD). */
export function canStoreSecrets(): boolean {
  const { SECRET_KEY, SESSION_SECRET, APP_PASSWORD } = serverEnv();
  return Boolean(SECRET_KEY ?? SESSION_SECRET ?? APP_PASSWORD);
}

/** `v1.<iv>.<tag>.<ciphertext>` (base64url), AES-256-GCM: tampering or another key fails to open it. */
export async function sealSecret(plain: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(), iv);
  const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), encrypted]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

export async function openSecret(sealed: string): Promise<string> {
  const [version, iv, tag, encrypted] = sealed.split('.');
  try {
    if (version !== VERSION || !iv || !tag || encrypted === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', await deriveKey(), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString('utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'connection_failed',
      'The stored password of this connection cannot be read: SECRET_KEY (or SESSION_SECRET, APP_PASSWORD) changed since it was saved. Remove the connection on Settings and add it again.',
      { problem: 'secret_unreadable' },
    );
  }
}
