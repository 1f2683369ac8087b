import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { authSettingsFrom, bearerToken, isHttpsRequest, sessionCookie, sessionTokenFrom } from '@/lib/auth/request-auth';

describe('authSettingsFrom', () => {
  it('is null without a password, and keeps ended sessions beside the database', () => {
    expect(authSettingsFrom({ APP_PASSWORD: undefined, SESSION_SECRET: undefined, DATABASE_URL: 'file:./data/app.db' })).toBeNull();
    expect(authSettingsFrom({ APP_PASSWORD: 'correct horse', SESSION_SECRET: undefined, DATABASE_URL: 'file:/srv/blog/app.db' })).toEqual({
      password: 'correct horse',
      secret: undefined,
      revocations: '/srv/blog/app.db-sessions.jsonl',
    });
    expect(authSettingsFrom({ APP_PASSWORD: 'x', SESSION_SECRET: undefined, DATABASE_URL: 'file:./data/app.db' })?.revocations).toBe(
      path.resolve('data/app.db-sessions.jsonl'),
    );
    const onPostgres = authSettingsFrom({ APP_PASSWORD: 'x', SESSION_SECRET: undefined, DATABASE_URL: 'postgresql://blog@db:5432/blog' });
    expect(onPostgres?.revocations).toBe(path.resolve('data/sessions.jsonl'));
  });
});

describe('bearerToken', () => {
  it('reads the token after "Bearer", case-insensitively', () => {
    expect(bearerToken('Bearer correct horse')).toBe('correct horse');
    expect(bearerToken('bearer   correct horse ')).toBe('correct horse');
    expect(bearerToken('Basic Y29ycmVjdA==')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });
});

describe('sessionTokenFrom', () => {
  it('reads the session cookie among others from a Cookie header', () => {
    expect(sessionTokenFrom('theme=dark; postsmith_session=v2.abc.1.sig; other=1')).toBe('v2.abc.1.sig');
    expect(sessionTokenFrom('postsmith_session_old=x')).toBeUndefined();
    expect(sessionTokenFrom(null)).toBeUndefined();
  });
});

describe('session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, and Secure only over HTTPS', () => {
    const cookie = sessionCookie({ token: 't', secure: false });
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/', secure: false, maxAge: 30 * 24 * 60 * 60 });
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'https' }), 'http://127.0.0.1:3000/')).toBe(true);
    expect(isHttpsRequest(new Headers({ 'x-forwarded-proto': 'http' }), 'https://postsmith.example/')).toBe(false);
    expect(isHttpsRequest(new Headers(), 'https://postsmith.example/')).toBe(true);
    expect(isHttpsRequest(new Headers(), 'http://192.168.1.5:3000/')).toBe(false);
  });
});
