import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyPendingMigrations } from '../../scripts/schema-engine.mjs';

// The app reads its environment once per process (lib/env.ts): each setting here gets a fresh module graph.
const dir = mkdtempSync(path.join(tmpdir(), 'postsmith-proxy-'));
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`;
const PASSWORD = 'correct horse';
type ErrorBody = { error: { code: string; message: string } };

function call(pathname: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`http://localhost:3000${pathname}`, { method, headers: { host: 'localhost:3000', ...headers } }));
}
const passedOn = (response: Response) => response.headers.get('x-middleware-next') === '1';

let proxy: typeof import('@/proxy').proxy;

async function startWith(env: Record<string, string>): Promise<void> {
  Object.assign(process.env, env);
  vi.resetModules();
  ({ proxy } = await import('@/proxy'));
}

// Whether accounts exist (none here) is read from the database, so it needs the tables.
beforeAll(() => applyPendingMigrations({ databaseUrl: process.env.DATABASE_URL ?? '' }));
beforeEach(async () => {
  for (const name of ['APP_PASSWORD', 'APP_ORIGIN', 'TRUSTED_PROXIES']) Reflect.deleteProperty(process.env, name);
  Reflect.deleteProperty(globalThis, 'postsmithLoginFailures');
  await startWith({});
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the Host check (DNS rebinding)', () => {
  it('refuses a name the app does not answer to with 403, even with no password set, and says to set APP_ORIGIN', async () => {
    const rebound = { host: 'rebind.attacker.example:3000' };
    for (const response of [
      await call('/api/drafts', { headers: rebound }),
      await call('/', { headers: rebound }),
      await call('/api/drafts', {
        method: 'POST',
        headers: { ...rebound, origin: 'http://rebind.attacker.example:3000', 'content-type': 'application/json' },
      }),
    ]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: {
          code: 'forbidden',
          message:
            'This app does not answer to the host "rebind.attacker.example". If that is the address you open it by, add it to APP_ORIGIN (e.g. APP_ORIGIN=https://rebind.attacker.example) and restart.',
        },
      });
    }
  });

  it('answers to localhost, *.localhost, IP addresses, the bound address and the hosts of APP_ORIGIN', async () => {
    for (const host of ['localhost:3000', 'LOCALHOST', 'studio.localhost:3000', '127.0.0.1:3000', '192.168.1.20', '[::1]:3000']) {
      expect(passedOn(await call('/api/drafts', { headers: { host } })), host).toBe(true);
    }
    const bound = await proxy(new NextRequest('http://studio.lan:3000/drafts', { headers: { host: 'studio.lan:3000' } }));
    expect(passedOn(bound)).toBe(true);

    expect((await call('/drafts', { headers: { host: 'blog.example' } })).status).toBe(403);
    await startWith({ APP_ORIGIN: 'https://blog.example, http://studio.lan:8080' });
    expect(passedOn(await call('/drafts', { headers: { host: 'blog.example' } }))).toBe(true);
    expect((await call('/drafts', { headers: { host: 'blog.example.attacker.example' } })).status).toBe(403);
    const fromPublicOrigin = await call('/api/drafts', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', origin: 'https://blog.example', 'content-type': 'application/json' },
    });
    expect(passedOn(fromPublicOrigin)).toBe(true);
  });

  it('believes X-Forwarded-Host only from a trusted proxy', async () => {
    const forged = await call('/api/drafts', {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'x-forwarded-host': 'attacker.example', 'content-type': 'application/json' },
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as ErrorBody).error).toEqual({
      code: 'forbidden',
      message: 'This request came from another site and was refused.',
    });

    await startWith({ TRUSTED_PROXIES: '10.0.0.1' });
    const viaProxy = { host: '127.0.0.1:3000', 'x-forwarded-for': '198.51.100.4, 10.0.0.1', 'x-forwarded-host': 'blog.example' };
    expect((await call('/drafts', { headers: viaProxy })).status).toBe(403);
    await startWith({ APP_ORIGIN: 'https://blog.example' });
    expect(passedOn(await call('/drafts', { headers: viaProxy }))).toBe(true);
  });
});

describe('wrong Bearer passwords', () => {
  const bearer = (password: string, from: string) => ({ authorization: `Bearer ${password}`, 'x-forwarded-for': from });

  it('slow that address down for seconds, never lock the right password out for 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.UTC(2026, 0, 15, 12));
    await startWith({ APP_PASSWORD: PASSWORD });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt++) {
      statuses.push((await call('/api/drafts', { headers: bearer(`guess ${attempt}`, '127.0.0.1') })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    const refused = await call('/api/drafts', { headers: bearer(PASSWORD, '127.0.0.1') });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({
      error: {
        code: 'rate_limited',
        message: `Too many wrong passwords from this address. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
      },
    });
    expect(passedOn(await call('/api/drafts', { headers: bearer(PASSWORD, '192.0.2.8') }))).toBe(true);

    vi.advanceTimersByTime(retryAfter * 1000);
    expect(passedOn(await call('/api/drafts', { headers: bearer(PASSWORD, '127.0.0.1') }))).toBe(true);
  });

  it('from ever-new X-Forwarded-For values are capped all the same', async () => {
    await startWith({ APP_PASSWORD: PASSWORD });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 40; attempt++) {
      statuses.push((await call('/api/drafts', { headers: bearer('guess', `203.0.113.${attempt}`) })).status);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
    const capped = await call('/api/drafts', { headers: bearer(PASSWORD, '198.51.100.99') });
    expect(capped.status).toBe(429);
    expect(((await capped.json()) as ErrorBody).error.message).toMatch(
      /^Too many wrong passwords were tried recently\. Try again in \d+ seconds?\.$/,
    );
  });

  it('keep the failure counters small: 4,000 guesses with unique 8 KB X-Forwarded-For values', async () => {
    // Within one moment: the password's own wait would otherwise let a few more through as real time passes.
    vi.useFakeTimers({ toFake: ['Date'] });
    await startWith({ APP_PASSWORD: PASSWORD });
    const padding = Array.from({ length: 700 }, (_, index) => `198.51.${index % 256}.1`).join(', ');
    let refused = 0;
    for (let attempt = 0; attempt < 4_000; attempt++) {
      const from = `${padding}, 2001:db8::${attempt.toString(16)}`;
      expect(from.length).toBeGreaterThan(8_000);
      if ((await call('/api/drafts', { headers: bearer('guess', from) })).status === 429) refused++;
    }
    expect(refused).toBe(4_000 - 20);
    const failures = (globalThis as { postsmithLoginFailures?: { address: { size: number }; target: { size: number } } })
      .postsmithLoginFailures;
    expect(failures?.address.size).toBe(20);
    expect(failures?.target.size).toBe(1);
  });
});
