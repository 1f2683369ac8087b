import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGenerationHarness } from './generation/harness';

// What the login form's server action reads through next/headers: this test's request, in place of Next's.
const formRequest = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'localhost:3000', 'x-forwarded-for': '192.0.2.20' }),
  cookies: async () => ({ set: ({ name, value }: { name: string; value: string }) => formRequest.cookies.set(name, value) }),
}));

// The account routes as a browser and a script call them: setup, login, the person's own account and tokens, what
// an admin does with people, and the invite and reset links opened by people who cannot log in yet.
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let routes: {
  setup: typeof import('@/app/api/setup/route');
  login: typeof import('@/app/api/auth/login/route');
  account: typeof import('@/app/api/account/route');
  password: typeof import('@/app/api/account/password/route');
  tokens: typeof import('@/app/api/account/tokens/route');
  token: typeof import('@/app/api/account/tokens/[id]/route');
  people: typeof import('@/app/api/people/route');
  person: typeof import('@/app/api/people/[id]/route');
  passwordReset: typeof import('@/app/api/people/[id]/password-reset/route');
  invites: typeof import('@/app/api/invites/route');
  join: typeof import('@/app/api/join/[token]/route');
  reset: typeof import('@/app/api/reset/[token]/route');
  loginForm: typeof import('@/app/login/actions');
};

beforeAll(async () => {
  harness = await startGenerationHarness();
  routes = {
    setup: await import('@/app/api/setup/route'),
    login: await import('@/app/api/auth/login/route'),
    account: await import('@/app/api/account/route'),
    password: await import('@/app/api/account/password/route'),
    tokens: await import('@/app/api/account/tokens/route'),
    token: await import('@/app/api/account/tokens/[id]/route'),
    people: await import('@/app/api/people/route'),
    person: await import('@/app/api/people/[id]/route'),
    passwordReset: await import('@/app/api/people/[id]/password-reset/route'),
    invites: await import('@/app/api/invites/route'),
    join: await import('@/app/api/join/[token]/route'),
    reset: await import('@/app/api/reset/[token]/route'),
    loginForm: await import('@/app/login/actions'),
  };
});
afterAll(async () => harness?.close());

const BASE = 'http://localhost:3000';
type Credentials = { cookie?: string; bearer?: string; from?: string };
type ErrorBody = { error: { code: string; message: string; details?: { issues: { path: string[] }[] } } };

function call(method: string, path: string, body: unknown, { cookie, bearer, from = '198.51.100.1' }: Credentials = {}): Request {
  const headers: Record<string, string> = { host: 'localhost:3000', origin: BASE, 'x-forwarded-for': from };
  if (cookie) headers.cookie = cookie;
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return new Request(`${BASE}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}

const none = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const withToken = (token: string) => ({ params: Promise.resolve({ token }) });

/** The session cookie a response sets, as the browser sends it back. */
function sessionCookie(response: Response): string {
  const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith('postsmith.session_token='));
  if (!set) throw new Error('no session cookie was set');
  return set.split(';')[0] ?? '';
}

const errorOf = async (response: Response) => ((await response.json()) as ErrorBody).error;
const tokenOf = (url: string) => url.split('/').at(-1) ?? '';
const OWNER = { name: 'Olga Owner', email: 'olga@example.com', password: 'owner password 1' };

let owner = '';
let ownerId = '';
let writer = '';
let writerId = '';

describe('setting up the owner account', () => {
  it('tells the open install to make the owner first, says what is wrong with a field, then makes the owner and logs them in', async () => {
    const before = await routes.account.GET(call('GET', '/api/account', undefined), none);
    expect(before.status).toBe(409);
    expect((await errorOf(before)).message).toMatch(/\/setup/);

    const short = await routes.setup.POST(call('POST', '/api/setup', { ...OWNER, password: 'short' }), none);
    expect(short.status).toBe(400);
    expect((await errorOf(short)).details?.issues.map((issue) => issue.path[0])).toEqual(['password']);

    const made = await routes.setup.POST(call('POST', '/api/setup', OWNER), none);
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({ name: 'Olga Owner', email: 'olga@example.com', role: 'admin' });
    owner = sessionCookie(made);
    const me = (await (await routes.account.GET(call('GET', '/api/account', undefined, { cookie: owner }), none)).json()) as { id: string };
    ownerId = me.id;
    expect(me).toMatchObject({ name: 'Olga Owner', role: 'admin' });
  });

  it('refuses a second setup: anonymous callers must log in, the owner is told one exists', async () => {
    expect((await routes.setup.POST(call('POST', '/api/setup', { ...OWNER, email: 'eve@example.com' }), none)).status).toBe(401);
    const again = await routes.setup.POST(call('POST', '/api/setup', { ...OWNER, email: 'eve@example.com' }, { cookie: owner }), none);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('invalid_state');
  });
});

describe('logging in with an account', () => {
  it('asks for an email once accounts exist, says a wrong password is wrong, and sets a session for the right one', async () => {
    const passwordOnly = await routes.login.POST(call('POST', '/api/auth/login', { password: OWNER.password }), none);
    expect(passwordOnly.status).toBe(400);
    const wrong = await routes.login.POST(call('POST', '/api/auth/login', { email: OWNER.email, password: 'not the password' }), none);
    expect(wrong.status).toBe(401);
    expect(await errorOf(wrong)).toMatchObject({ code: 'unauthorized', message: expect.stringMatching(/do not match an account/) });
    const right = await routes.login.POST(call('POST', '/api/auth/login', { email: 'OLGA@example.com', password: OWNER.password }), none);
    expect(right.status).toBe(200);
    const me = await routes.account.GET(call('GET', '/api/account', undefined, { cookie: sessionCookie(right) }), none);
    expect(await me.json()).toMatchObject({ email: 'olga@example.com' });
  });

  it('makes one address wait after five wrong passwords for an account', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const body = { email: 'nobody@example.com', password: `guess ${attempt}` };
      statuses.push((await routes.login.POST(call('POST', '/api/auth/login', body, { from: '203.0.113.77' }), none)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('invites', () => {
  it('lets an admin make a link that opens once, with its role, and logs the new person in', async () => {
    const invited = await routes.invites.POST(call('POST', '/api/invites', { role: 'writer' }, { cookie: owner }), none);
    expect(invited.status).toBe(201);
    const { url } = (await invited.json()) as { url: string };
    expect(url).toMatch(/^http:\/\/localhost:3000\/join\/[\w-]+$/);

    const opened = await routes.join.GET(call('GET', '/api/join/x', undefined), withToken(tokenOf(url)));
    expect(await opened.json()).toEqual({ kind: 'invite', role: 'writer' });
    const joined = await routes.join.POST(
      call('POST', '/api/join/x', { name: 'Wanda Writer', email: 'wanda@example.com', password: 'writer password' }),
      withToken(tokenOf(url)),
    );
    expect(joined.status).toBe(201);
    writer = sessionCookie(joined);
    const me = (await (await routes.account.GET(call('GET', '/api/account', undefined, { cookie: writer }), none)).json()) as {
      id: string;
      role: string;
    };
    expect(me.role).toBe('writer');
    writerId = me.id;

    const again = await routes.join.POST(
      call('POST', '/api/join/x', { name: 'Mallory', email: 'mallory@example.com', password: 'mallory password' }),
      withToken(tokenOf(url)),
    );
    expect(again.status).toBe(404);
    expect((await errorOf(again)).message).toMatch(/Ask an admin for a new one/);
    expect((await routes.join.GET(call('GET', '/api/join/x', undefined), withToken('made-up'))).status).toBe(404);
  });
});

describe('what only an admin may do', () => {
  it('refuses a writer with the reason and an anonymous caller with 401, on every people route', async () => {
    const asWriter = [
      await routes.people.GET(call('GET', '/api/people', undefined, { cookie: writer }), none),
      await routes.person.PATCH(call('PATCH', `/api/people/${ownerId}`, { role: 'writer' }, { cookie: writer }), withId(ownerId)),
      await routes.passwordReset.POST(call('POST', `/api/people/${ownerId}/password-reset`, {}, { cookie: writer }), withId(ownerId)),
      await routes.invites.POST(call('POST', '/api/invites', { role: 'admin' }, { cookie: writer }), none),
    ];
    for (const response of asWriter) {
      expect(response.status).toBe(403);
      expect(await errorOf(response)).toEqual({
        code: 'forbidden',
        message: 'Only an admin can manage people, invites and password resets.',
      });
    }
    expect((await routes.people.GET(call('GET', '/api/people', undefined), none)).status).toBe(401);
    expect((await routes.invites.POST(call('POST', '/api/invites', { role: 'admin' }), none)).status).toBe(401);
  });

  it('lists people, changes a role, keeps the last admin, and removes someone (their login ends)', async () => {
    const listed = (await (await routes.people.GET(call('GET', '/api/people', undefined, { cookie: owner }), none)).json()) as {
      people: { name: string; role: string }[];
    };
    expect(listed.people.map(({ name, role }) => [name, role])).toEqual([
      ['Olga Owner', 'admin'],
      ['Wanda Writer', 'writer'],
    ]);

    const promoted = await routes.person.PATCH(
      call('PATCH', `/api/people/${writerId}`, { role: 'editor' }, { cookie: owner }),
      withId(writerId),
    );
    expect(await promoted.json()).toMatchObject({ role: 'editor' });
    const demoteSelf = await routes.person.PATCH(
      call('PATCH', `/api/people/${ownerId}`, { role: 'writer' }, { cookie: owner }),
      withId(ownerId),
    );
    expect(demoteSelf.status).toBe(409);
    expect((await errorOf(demoteSelf)).message).toMatch(/only admin/);

    const removed = await routes.person.PATCH(
      call('PATCH', `/api/people/${writerId}`, { disabled: true }, { cookie: owner }),
      withId(writerId),
    );
    expect(await removed.json()).toMatchObject({ disabled: true });
    expect((await routes.account.GET(call('GET', '/api/account', undefined, { cookie: writer }), none)).status).toBe(401);
    const restored = await routes.person.PATCH(
      call('PATCH', `/api/people/${writerId}`, { disabled: false, role: 'writer' }, { cookie: owner }),
      withId(writerId),
    );
    expect(await restored.json()).toMatchObject({ disabled: false, role: 'writer' });
  });

  it('hands over a reset link that sets a new password once', async () => {
    const made = await routes.passwordReset.POST(
      call('POST', `/api/people/${writerId}/password-reset`, {}, { cookie: owner }),
      withId(writerId),
    );
    expect(made.status).toBe(201);
    const { url } = (await made.json()) as { url: string };
    expect(url).toMatch(/^http:\/\/localhost:3000\/reset\//);

    const short = await routes.reset.POST(call('POST', '/api/reset/x', { password: 'short' }), withToken(tokenOf(url)));
    expect(short.status).toBe(400);
    expect(
      (await routes.reset.POST(call('POST', '/api/reset/x', { password: 'a new writer password' }), withToken(tokenOf(url)))).status,
    ).toBe(200);
    expect((await routes.reset.POST(call('POST', '/api/reset/x', { password: 'another password!' }), withToken(tokenOf(url)))).status).toBe(
      404,
    );

    const login = await routes.login.POST(
      call('POST', '/api/auth/login', { email: 'wanda@example.com', password: 'a new writer password' }),
      none,
    );
    expect(login.status).toBe(200);
    writer = sessionCookie(login);
  });
});

describe('a person’s own account', () => {
  it('makes an API token shown once that works as Bearer until it is revoked', async () => {
    const made = await routes.tokens.POST(call('POST', '/api/account/tokens', { name: 'nightly export' }, { cookie: writer }), none);
    expect(made.status).toBe(201);
    const { id, token } = (await made.json()) as { id: string; token: string };
    expect(token).toMatch(/^pst_/);

    const me = await routes.account.GET(call('GET', '/api/account', undefined, { bearer: token }), none);
    expect(await me.json()).toMatchObject({ name: 'Wanda Writer', role: 'writer' });
    const listed = await routes.tokens.GET(call('GET', '/api/account/tokens', undefined, { cookie: writer }), none);
    const text = await listed.text();
    expect(text).not.toContain(token);
    expect(JSON.parse(text)).toMatchObject({ tokens: [{ name: 'nightly export', lastUsedAt: expect.any(String) }] });

    expect((await routes.token.DELETE(call('DELETE', `/api/account/tokens/${id}`, {}, { cookie: owner }), withId(id))).status).toBe(404);
    expect((await routes.token.DELETE(call('DELETE', `/api/account/tokens/${id}`, {}, { cookie: writer }), withId(id))).status).toBe(204);
    expect((await routes.account.GET(call('GET', '/api/account', undefined, { bearer: token }), none)).status).toBe(401);
  });

  it('changes the password only with the current one, keeping this login and ending the others', async () => {
    const other = sessionCookie(
      await routes.login.POST(call('POST', '/api/auth/login', { email: 'wanda@example.com', password: 'a new writer password' }), none),
    );
    const wrong = await routes.password.POST(
      call('POST', '/api/account/password', { currentPassword: 'not it', newPassword: 'third writer password' }, { cookie: writer }),
      none,
    );
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).message).toMatch(/current password/);

    const changed = await routes.password.POST(
      call(
        'POST',
        '/api/account/password',
        { currentPassword: 'a new writer password', newPassword: 'third writer password' },
        { cookie: writer },
      ),
      none,
    );
    expect(changed.status).toBe(200);
    expect((await routes.account.GET(call('GET', '/api/account', undefined, { cookie: sessionCookie(changed) }), none)).status).toBe(200);
    expect((await routes.account.GET(call('GET', '/api/account', undefined, { cookie: other }), none)).status).toBe(401);
  });
});

describe('the login form once accounts exist', () => {
  const submit = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return routes.loginForm.loginAction({ error: null }, form);
  };

  it('asks for the email, keeps it after a wrong password, and logs in to the page asked for', async () => {
    expect(await submit({ password: OWNER.password, next: '/drafts' })).toMatchObject({ error: expect.stringMatching(/email address/) });
    expect(await submit({ email: OWNER.email, password: 'wrong password', next: '/drafts' })).toEqual({
      error: expect.stringMatching(/do not match an account/),
      email: OWNER.email,
    });
    let redirectedTo: string | null = null;
    try {
      await submit({ email: OWNER.email, password: OWNER.password, next: '/drafts' });
    } catch (error) {
      if (!isRedirectError(error)) throw error;
      redirectedTo = getURLFromRedirectError(error);
    }
    expect(redirectedTo).toBe('/drafts');
    const cookie = `postsmith.session_token=${formRequest.cookies.get('postsmith.session_token') ?? ''}`;
    expect(await (await routes.account.GET(call('GET', '/api/account', undefined, { cookie }), none)).json()).toMatchObject({
      email: OWNER.email,
    });
  });
});
