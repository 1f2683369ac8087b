import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { POST as login } from '@/app/api/auth/login/route';
import { loginAction } from '@/app/login/actions';
import LoginPage from '@/app/login/page';
import { SESSION_COOKIE } from '@/lib/auth/session-token';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';
import { redirectedTo } from './next-redirect';

// What a server action or page reads through next/headers: this test's request, in place of Next's.
const request = vi.hoisted(() => ({ headers: new Headers(), cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  // The cookies set so far come back on the next request, as a browser sends them.
  headers: async () => {
    const sent = new Headers(request.headers);
    if (request.cookies.size > 0) sent.set('cookie', [...request.cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    return sent;
  },
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    set: ({ name, value }: { name: string; value: string }) => request.cookies.set(name, value),
  }),
}));
// connection() only marks a page as dynamic; outside Next's request scope it throws, so it is a no-op here.
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), connection: async () => undefined }));

const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-login-'));
const PASSWORD = 'correct horse';
const DATABASE_URL = `file:${path.join(dir, 'app.db')}`;
Object.assign(process.env, { APP_PASSWORD: PASSWORD, DATABASE_URL });
type ErrorBody = { error: { code: string; message: string } };

function loginApi(password: string, from: string) {
  return login(
    new Request('http://localhost:3000/api/auth/login', {
      method: 'POST',
      headers: { host: 'localhost:3000', 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ password }),
    }),
    { params: Promise.resolve({}) },
  );
}

function submitForm(password: string, next: string) {
  const form = new FormData();
  form.set('password', password);
  form.set('next', next);
  return loginAction({ error: null }, form);
}

// Whether accounts exist (none here) is read from the database, so it needs the tables.
beforeAll(() => applyPendingMigrations({ databaseUrl: DATABASE_URL }));
beforeEach(() => {
  Reflect.deleteProperty(globalThis, 'postsmithLoginFailures');
  request.headers = new Headers({ host: 'localhost:3000', 'x-forwarded-for': '127.0.0.1' });
  request.cookies.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2026, 0, 15, 12));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the login API', () => {
  it('answers ten wrong passwords from one address with 401s, then a short 429 wait, never a 15-minute lockout', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) statuses.push((await loginApi(`guess ${attempt}`, '203.0.113.9')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);

    const waiting = await loginApi(PASSWORD, '203.0.113.9');
    expect(waiting.status).toBe(429);
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect(await waiting.json()).toEqual({
      error: { code: 'rate_limited', message: 'Too many wrong passwords from this address. Try again in 1 second.' },
    });
    // The owner elsewhere is not held up by someone else's guesses.
    expect((await loginApi(PASSWORD, '192.0.2.44')).status).toBe(200);

    vi.advanceTimersByTime(1_000);
    const right = await loginApi(PASSWORD, '203.0.113.9');
    expect(right.status).toBe(200);
    expect(right.headers.get('set-cookie')).toMatch(/postsmith_session=v2\./);
  });

  it('still says a wrong password is wrong, in the contract shape', async () => {
    const wrong = await loginApi('wrong horse', '198.51.100.3');
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as ErrorBody).error).toEqual({ code: 'unauthorized', message: 'Wrong password. Try again.' });
  });
});

describe('the login form', () => {
  it('shows the short wait after wrong passwords, then logs in once it is over', async () => {
    for (let attempt = 0; attempt < 5; attempt++)
      expect(await submitForm('wrong horse', '/drafts')).toEqual({ error: 'Wrong password. Try again.' });
    expect(await submitForm(PASSWORD, '/drafts')).toEqual({ error: 'Too many wrong passwords from this address. Try again in 1 second.' });
    vi.advanceTimersByTime(1_000);
    expect(await redirectedTo(() => submitForm(PASSWORD, '/drafts'))).toBe('/drafts');
    expect(request.cookies.get(SESSION_COOKIE)).toMatch(/^v2\./);
  });

  it('never sends a person off the site after logging in, whatever `next` says', async () => {
    for (const next of ['/.//evil.example', '/..//evil.example/phish', '//evil.example', 'https://evil.example']) {
      expect(await redirectedTo(() => submitForm(PASSWORD, next))).toBe('/');
    }
  });
});

describe('the login page', () => {
  it('sends a person who is logged in already to the page asked for, never to another site', async () => {
    expect(await redirectedTo(() => submitForm(PASSWORD, '/'))).toBe('/');
    const open = (next: string) => redirectedTo(() => LoginPage({ searchParams: Promise.resolve({ next }) }));
    expect(await open('/.//evil.example')).toBe('/');
    expect(await open('/%2e//evil.example')).toBe('/');
    expect(await open('/drafts?sort=new')).toBe('/drafts?sort=new');
  });
});
