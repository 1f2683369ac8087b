import type { Page } from '@playwright/test';
import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { AppProcess } from './app-process';
import { expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

const PASSWORD = 'correct horse';
const UNAUTHORIZED = {
  error: { code: 'unauthorized', message: 'Log in first, or send Authorization: Bearer <APP_PASSWORD>.' },
};
const bearer = { Authorization: `Bearer ${PASSWORD}` };

const app = new AppProcess(APP_PORT + 2, {
  APP_PASSWORD: PASSWORD,
  DATABASE_URL: AppProcess.freshDatabase('e2e-auth.db'),
  ANTHROPIC_API_KEY: 'test-key',
  ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
  GENERATION_RATE_LIMIT_PER_MINUTE: '2',
});
const url = (path: string) => `${app.baseUrl}${path}`;

async function draftsAbout(topic: string): Promise<number> {
  const response = await fetch(url(`/api/drafts?q=${encodeURIComponent(topic)}`), { headers: bearer });
  const { items } = (await response.json()) as { items: { topic: string }[] };
  return items.filter((draft) => draft.topic === topic).length;
}

/** Logs in through the login page, which sends the person on to `next`. */
async function logInThroughForm(page: Page, next: string): Promise<void> {
  await page.goto(url(`/login?next=${encodeURIComponent(next)}`));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(url(next));
}

/** The hidden fields React renders into the topic form, which let it post to the server action without JavaScript. */
function actionFields(html: string): [string, string][] {
  const form = /<form[^>]*>([\s\S]*?)<\/form>/.exec(html)?.[1] ?? '';
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((match) => [
    decode(match[1] ?? ''),
    decode(match[2] ?? ''),
  ]);
}

test.describe('with APP_PASSWORD set', () => {
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    await app.start();
  });
  test.afterAll(async () => app.kill('SIGTERM'));

  test('a page sends the person to log in, then back to it; Log out ends the session', async ({ page }) => {
    await page.goto(url('/drafts?sort=new'));
    await expect(page).toHaveURL(url('/login?next=%2Fdrafts%3Fsort%3Dnew'));
    const password = page.getByLabel('Password');
    await expect(password).toBeFocused();

    await page.keyboard.type('wrong horse');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong password' })).toHaveText('Wrong password. Try again.');
    await expect(password).toBeFocused();
    await expect(page).toHaveURL(/\/login\?/);

    await password.fill(PASSWORD);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(url('/drafts?sort=new'));
    await expect(page.getByRole('heading', { name: 'Drafts', exact: true })).toBeVisible();
    const cookie = (await page.context().cookies(app.baseUrl)).find((candidate) => candidate.name === 'postsmith_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
    expect((cookie?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(29 * 24 * 3600 * 1000);

    await page.goto(url('/login?next=/import'));
    await expect(page).toHaveURL(url('/import'));

    await page.getByRole('button', { name: 'Log out', exact: true }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.goto(url('/drafts'));
    await expect(page).toHaveURL(url('/login?next=%2Fdrafts'));
  });

  test('an edit made after the login ended is kept, and saved once the person logs in and comes back to it', async ({ page }) => {
    // Imported rather than written, so this test spends none of the app's two generations a minute.
    const form = new FormData();
    const post = `---\ntitle: ${uniqueTopic('Logged out mid-edit')}\n---\n\nThe body.\n`;
    form.append('files', new Blob([post], { type: 'text/markdown' }), 'logged-out.md');
    const imported = await fetch(url('/api/import'), { method: 'POST', headers: bearer, body: form });
    const { created } = (await imported.json()) as { created: { id: string }[] };
    const id = created[0]?.id ?? '';

    await logInThroughForm(page, `/drafts/${id}`);
    const editor = new EditorPage(page);
    await page.context().clearCookies(); // as if logged out in another tab, or the login expired
    await editor.title().fill('A title typed while logged out');
    await expect(editor.saveState()).toHaveAttribute('data-state', 'logged_out');
    const notice = page.getByRole('alert').filter({ hasText: 'You are logged out' });
    await notice.getByRole('link', { name: 'log in' }).click();

    await expect(page).toHaveURL(url(`/login?next=${encodeURIComponent(`/drafts/${id}`)}`));
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Drafts' })).toHaveCount(0);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(url(`/drafts/${id}`));
    await expect(editor.title()).toHaveValue('A title typed while logged out');
    await expect(editor.saveState()).toHaveAttribute('data-state', 'saved');
    const stored = (await (await fetch(url(`/api/drafts/${id}`), { headers: bearer })).json()) as { title: string };
    expect(stored.title).toBe('A title typed while logged out');
  });

  test('the login page ignores a next parameter that leads off the site', async ({ page }) => {
    await page.goto(url('/login?next=//evil.example/phish'));
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(url('/'));
  });

  test('API calls need the session cookie or the bearer password; health stays open', async () => {
    const anonymous = await fetch(url('/api/drafts'));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual(UNAUTHORIZED);
    expect((await fetch(url('/api/drafts'), { headers: { Authorization: 'Bearer wrong horse' } })).status).toBe(401);
    expect((await fetch(url('/api/drafts'), { headers: bearer })).status).toBe(200);
    expect((await fetch(url('/api/health'))).status).toBe(200);

    const wrong = await fetch(url('/api/auth/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: 'wrong horse' }),
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as typeof UNAUTHORIZED).error.message).toBe('Wrong password. Try again.');

    const login = await fetch(url('/api/auth/login'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const session = /postsmith_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect((await fetch(url('/api/drafts'), { headers: { Cookie: session } })).status).toBe(200);

    const logout = await fetch(url('/api/auth/logout'), {
      method: 'POST',
      headers: { Cookie: session, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(logout.status).toBe(200);
    expect(logout.headers.get('set-cookie')).toMatch(/postsmith_session=;.*Max-Age=0/i);
    // A copy of the cookie taken before the logout no longer works either.
    const replayed = await fetch(url('/api/drafts'), { headers: { Cookie: session } });
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toEqual(UNAUTHORIZED);
  });

  test('"log out everywhere" ends every session, and a new login works', async () => {
    const logIn = async () => {
      const response = await fetch(url('/api/auth/login'), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ password: PASSWORD }),
      });
      return /postsmith_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0] ?? '';
    };
    const laptop = await logIn();
    const phone = await logIn();
    const everywhere = await fetch(url('/api/auth/logout'), {
      method: 'POST',
      headers: { Cookie: phone, 'Content-Type': 'application/json' },
      body: JSON.stringify({ everywhere: true }),
    });
    expect(everywhere.status).toBe(200);
    for (const cookie of [laptop, phone]) expect((await fetch(url('/api/drafts'), { headers: { Cookie: cookie } })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await fetch(url('/api/drafts'), { headers: { Cookie: await logIn() } })).status).toBe(200);
  });

  test('Log out everywhere, once confirmed, sends another browser to the login page on its next page load', async ({ browser }) => {
    const laptop = await browser.newContext();
    const phone = await browser.newContext();
    try {
      const laptopPage = await laptop.newPage();
      const phonePage = await phone.newPage();
      await logInThroughForm(laptopPage, '/drafts');
      await logInThroughForm(phonePage, '/drafts');

      const logOutEverywhere = laptopPage.getByRole('button', { name: 'Log out everywhere' });
      const confirm = laptopPage.getByRole('dialog', { name: 'Log out on every device?' });
      await logOutEverywhere.click();
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect(confirm).toBeHidden();
      await expect(logOutEverywhere).toBeFocused();
      await phonePage.reload();
      await expect(phonePage).toHaveURL(url('/drafts'));

      await logOutEverywhere.click();
      await confirm.getByRole('button', { name: 'Log out everywhere' }).click();
      await expect(laptopPage).toHaveURL(url('/login'));
      await phonePage.reload();
      await expect(phonePage).toHaveURL(url('/login?next=%2Fdrafts'));
    } finally {
      await Promise.all([laptop.close(), phone.close()]);
    }
  });

  test('a mutating API call from another site gets 403, and an oversized body 413', async () => {
    const crossSite = await fetch(url('/api/drafts'), {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ topic: 'Cross-site' }),
    });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as typeof UNAUTHORIZED).error.code).toBe('forbidden');

    const huge = await fetch(url('/api/drafts'), {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ topic: 'x'.repeat(3.5 * 1024 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as typeof UNAUTHORIZED).error.code).toBe('payload_too_large');
    expect(await draftsAbout('Cross-site')).toBe(0);
  });

  test('a direct POST to the topic form action without a login creates no draft', async () => {
    const topic = uniqueTopic('Action without login');
    const home = await fetch(url('/'), { headers: bearer });
    const fields = actionFields(await home.text());
    expect(fields.some(([name]) => name.startsWith('$ACTION'))).toBe(true);
    const post = (headers: Record<string, string>, path = '/') => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      form.append('topic', topic);
      // Its own client address, so the other tests' generation allowance is untouched.
      return fetch(url(path), {
        method: 'POST',
        body: form,
        redirect: 'manual',
        headers: { 'X-Forwarded-For': '203.0.113.9', ...headers },
      });
    };

    const anonymous = await post({});
    expect(anonymous.status).toBe(401);
    // The login page is open, but an action posted there still checks the login itself.
    const viaLoginPage = await post({}, '/login');
    expect(viaLoginPage.status).not.toBe(303);
    expect(await draftsAbout(topic)).toBe(0);

    // The same request with the password does create one: the refusal above is the login check, not a bad request.
    const authorized = await post(bearer);
    expect(authorized.status).toBeLessThan(400);
    await expect.poll(() => draftsAbout(topic)).toBe(1);
  });

  test('the third post started in a minute is refused with 429 and the topic form says when to retry', async ({ page }) => {
    const topic = uniqueTopic('Rate limited');
    await logInThroughForm(page, '/');
    await expect(page.getByRole('heading', { name: 'New post', exact: true })).toBeVisible();

    for (let count = 0; count < 2; count++) {
      const started = await page.request.post(url('/api/drafts'), { data: { topic } });
      expect(started.status()).toBe(201);
    }
    const refused = await page.request.post(url('/api/drafts'), { data: { topic } });
    expect(refused.status()).toBe(429);
    const retryAfter = Number(refused.headers()['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as typeof UNAUTHORIZED).error.code).toBe('rate_limited');

    await page.getByLabel('Topic').fill(topic);
    await page.getByRole('button', { name: 'Write the post' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Too many' })).toHaveText(
      /^Too many posts started in a minute\. Try again in \d+ seconds?\.$/,
    );
    await expect(page).toHaveURL(url('/'));
    expect(await draftsAbout(topic)).toBe(2);
  });

  test('wrong passwords from one address slow it down for seconds, through the login API and Bearer alike', async () => {
    // A made-up address of its own (with no trusted proxy the rightmost X-Forwarded-For entry is the client).
    const from = { 'X-Forwarded-For': '203.0.113.9' };
    const guess = (attempt: number) =>
      attempt % 2 === 0
        ? fetch(url('/api/drafts'), { headers: { ...from, Authorization: `Bearer guess ${attempt}` } })
        : fetch(url('/api/auth/login'), {
            method: 'POST',
            headers: { ...from, 'Content-Type': 'application/json' },
            body: JSON.stringify({ password: `guess ${attempt}` }),
          });
    const statuses: number[] = [];
    let refused: Response | undefined;
    // The wait after the fifth wrong password doubles from one second, so a refusal comes within a few tries.
    for (let attempt = 0; attempt < 12 && !refused; attempt++) {
      const response = await guess(attempt);
      statuses.push(response.status);
      if (response.status === 429) refused = response;
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    if (!refused) throw new Error(`No guess was refused: ${statuses.join(', ')}`);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as typeof UNAUTHORIZED).error).toEqual({
      code: 'rate_limited',
      message: `Too many wrong passwords from this address. Try again in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
    });
    // Nobody else is held up, and this address gets in with the right password once the wait is over.
    expect((await fetch(url('/api/drafts'), { headers: bearer })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
    expect((await fetch(url('/api/drafts'), { headers: { ...from, ...bearer } })).status).toBe(200);
  });
});
