import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { POST as logout } from '@/app/api/auth/logout/route';
import { proxy } from '@/proxy';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-sessions-'));
const PASSWORD = 'correct horse';
const DATABASE_URL = `file:${path.join(dir, 'app.db')}`;
Object.assign(process.env, { APP_PASSWORD: PASSWORD, DATABASE_URL });
const UNAUTHORIZED = { error: { code: 'unauthorized', message: 'Log in first, or send Authorization: Bearer <APP_PASSWORD>.' } };
const context = { params: Promise.resolve({}) };

// Whether accounts exist (none here) is read from the database, so it needs the tables.
beforeAll(() => applyPendingMigrations({ databaseUrl: DATABASE_URL }));

async function logIn(): Promise<string> {
  const response = await login(
    new Request('http://localhost:3000/api/auth/login', {
      method: 'POST',
      headers: { host: 'localhost:3000', 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    }),
    context,
  );
  expect(response.status).toBe(200);
  const cookie = /postsmith_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('The login set no session cookie.');
  return cookie;
}

async function logOut(cookie: string, body: object = {}) {
  return logout(
    new Request('http://localhost:3000/api/auth/logout', {
      method: 'POST',
      headers: { host: 'localhost:3000', cookie, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
    context,
  );
}

const open = (pathname: string, cookie: string) =>
  proxy(new NextRequest(`http://localhost:3000${pathname}`, { headers: { host: 'localhost:3000', cookie } }));
const letIn = async (cookie: string) => (await open('/api/drafts', cookie)).headers.get('x-middleware-next') === '1';
// A restart: the process forgets what it had read, the file beside the database stays.
const restart = () => Reflect.deleteProperty(globalThis, 'postsmithSessionRevocations');

describe('sessions', () => {
  it('end on logout: a copy of the cookie taken before stops working, after a restart too', async () => {
    const captured = await logIn();
    expect(await letIn(captured)).toBe(true);

    const response = await logOut(captured);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('set-cookie')).toMatch(/postsmith_session=;.*Max-Age=0/i);

    const api = await open('/api/drafts', captured);
    expect(api.status).toBe(401);
    expect(await api.json()).toEqual(UNAUTHORIZED);
    const page = await open('/drafts', captured);
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe('http://localhost:3000/login?next=%2Fdrafts');

    restart();
    expect(await letIn(captured)).toBe(false);
    expect(existsSync(path.join(dir, 'app.db-sessions.jsonl'))).toBe(true);
  });

  it('end one at a time: logging out on one device leaves the others logged in', async () => {
    const laptop = await logIn();
    const phone = await logIn();
    await logOut(laptop);
    expect(await letIn(laptop)).toBe(false);
    expect(await letIn(phone)).toBe(true);
  });

  it('all end with "log out everywhere", and a new login works right after', async () => {
    const laptop = await logIn();
    const phone = await logIn();
    const response = await logOut(phone, { everywhere: true });
    expect(response.status).toBe(200);
    expect(await letIn(laptop)).toBe(false);
    expect(await letIn(phone)).toBe(false);
    restart();
    expect(await letIn(laptop)).toBe(false);

    // The logout ends every session issued up to and including its millisecond.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const fresh = await logIn();
    expect(await letIn(fresh)).toBe(true);
    expect(readFileSync(path.join(dir, 'app.db-sessions.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('refuse a malformed logout body with a 400 in the contract error shape', async () => {
    const response = await logOut(await logIn(), { everywhere: 'yes' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as typeof UNAUTHORIZED).error.code).toBe('validation_failed');
  });
});
