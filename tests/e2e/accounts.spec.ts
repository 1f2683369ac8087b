import type { Browser, Page } from '@playwright/test';
import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { AppProcess } from './app-process';
import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

// An install of its own: the shared app has no owner, and the other specs rely on that.
const APP_PASSWORD = 'the old shared password';
const app = new AppProcess(APP_PORT + 3, {
  APP_PASSWORD,
  DATABASE_URL: AppProcess.freshDatabase('e2e-accounts.db'),
  ANTHROPIC_API_KEY: 'test-key',
  ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
});
const url = (path: string) => `${app.baseUrl}${path}`;
// The second test logs in as the owner the first one made.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await app.start();
});
test.afterAll(async () => app.kill('SIGTERM'));

const main = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function fillAccount(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
}

async function inviteLink(page: Page, role: 'Writer' | 'Editor'): Promise<string> {
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  const field = page.getByTestId('invite-link');
  const previous = (await field.count()) > 0 ? await field.inputValue() : '';
  await page.getByRole('button', { name: 'Make an invite link' }).click();
  await expect(field).not.toHaveValue(previous);
  await expect(field).toHaveValue(new RegExp(`^${app.baseUrl}/join/`));
  return field.inputValue();
}

/** Opens an invite in a browser of its own, as the person it was sent to would. */
async function join(browser: Browser, link: string, person: { name: string; email: string; password: string; role: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByTestId('invite-role')).toContainText(`You join as ${person.role}`);
  await fillAccount(page, person);
  await page.getByRole('button', { name: 'Join' }).click();
  await expect(page).toHaveURL(url('/'));
  await expect(main(page).getByRole('link', { name: 'Account' })).toBeVisible();
  return { context, page };
}

test('an APP_PASSWORD install moves to accounts: the owner invites a writer and an editor, each joins, the writer has no People page', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto(url('/login'));
  await page.getByLabel('Password').fill(APP_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('link', { name: 'create the owner account' }).click();

  await expect(page.getByRole('heading', { name: 'Create the owner account' })).toBeVisible();
  await fillAccount(page, { name: 'Olga Owner', email: 'olga@example.com', password: 'short' });
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page.getByText('Use at least 10 characters for the password.')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.getByLabel('Password', { exact: true }).fill('owner password 1');
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page).toHaveURL(url('/'));
  await expect(page.getByRole('link', { name: 'create the owner account' })).toHaveCount(0);

  // From now on the old shared password opens nothing.
  const withOldPassword = await fetch(url('/api/drafts'), { headers: { Authorization: `Bearer ${APP_PASSWORD}` } });
  expect(withOldPassword.status).toBe(401);

  await main(page).getByRole('link', { name: 'People' }).click();
  const writerLink = await inviteLink(page, 'Writer');
  const editorLink = await inviteLink(page, 'Editor');
  await page.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Copied|Selected/ })).toBeVisible();

  const writer = { name: 'Wanda Writer', email: 'wanda@example.com', password: 'writer password', role: 'Writer' };
  const editor = { name: 'Eddie Editor', email: 'eddie@example.com', password: 'editor password', role: 'Editor' };
  const asWriter = await join(browser, writerLink, writer);
  const asEditor = await join(browser, editorLink, editor);
  await expect(main(asEditor.page).getByRole('link', { name: 'People' })).toHaveCount(0);

  // The writer logs out and back in with their email, and still has no People page, in the nav or by address.
  await main(asWriter.page).getByRole('button', { name: 'Log out', exact: true }).click();
  await expect(asWriter.page).toHaveURL(/\/login/);
  await asWriter.page.getByLabel('Email').fill(writer.email);
  await asWriter.page.getByLabel('Password').fill('not the password');
  await asWriter.page.getByRole('button', { name: 'Log in' }).click();
  await expect(asWriter.page.getByText('That email and password do not match an account.')).toBeVisible();
  await expect(asWriter.page.getByLabel('Email')).toHaveValue(writer.email);
  await asWriter.page.getByLabel('Password').fill(writer.password);
  await asWriter.page.getByRole('button', { name: 'Log in' }).click();
  await expect(asWriter.page).toHaveURL(url('/'));
  await expect(main(asWriter.page).getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(main(asWriter.page).getByRole('link', { name: 'People' })).toHaveCount(0);
  await asWriter.page.goto(url('/settings/people'));
  await expect(asWriter.page.getByText('Only an admin can manage people, invites and password resets.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('person-row')).toHaveText([/Olga Owner \(you\)/, /Wanda Writer/, /Eddie Editor/]);
  await asWriter.context.close();
  await asEditor.context.close();
});

test('a personal API token is shown once, works for a script as Bearer, and stops working once revoked', async ({ page }) => {
  await page.goto(url('/login?next=/account'));
  await page.getByLabel('Email').fill('olga@example.com');
  await page.getByLabel('Password').fill('owner password 1');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(url('/account'));

  await page.getByLabel('Token name').fill('nightly export');
  await page.keyboard.press('Enter');
  const token = await page.getByTestId('new-api-token').inputValue();
  expect(token).toMatch(/^pst_/);
  const asScript = () => fetch(url('/api/account'), { headers: { Authorization: `Bearer ${token}` } });
  expect(await (await asScript()).json()).toMatchObject({ name: 'Olga Owner', role: 'admin' });

  await page.reload();
  await expect(page.getByTestId('new-api-token')).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: 'nightly export' })).toContainText('Last used');
  await page.getByRole('button', { name: 'Revoke nightly export' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'nightly export' })).toHaveCount(0);
  expect((await asScript()).status).toBe(401);
});

/** Logs a person in, in a browser of their own. */
async function logIn(browser: Browser, { email, password }: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL: app.baseUrl });
  const page = await context.newPage();
  await page.goto(url('/login'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(url('/'));
  return { context, page };
}

test('a writer sends a draft to review, an editor approves it, and History and the page name both', async ({ browser, fakeModel }) => {
  test.setTimeout(120_000);
  const asWriter = await logIn(browser, { email: 'wanda@example.com', password: 'writer password' });
  const { id } = await createFinishedDraft(asWriter.context.request, fakeModel, uniqueTopic('Team review'));

  const writerEditor = new EditorPage(asWriter.page);
  await writerEditor.goto(id);
  await expect(asWriter.page.getByTestId('attribution')).toHaveText('Written by Wanda Writer');
  await writerEditor.title().fill('A title the writer chose');
  await writerEditor.waitSaved();
  // A writer sends to review; approving is not offered, and the server refuses it all the same.
  await expect(asWriter.page.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  await asWriter.page.getByRole('button', { name: 'Review' }).click();
  await expect(writerEditor.status()).toHaveText(/review/i);
  const version = ((await (await asWriter.context.request.get(`/api/drafts/${id}`)).json()) as { version: number }).version;
  const refused = await asWriter.context.request.patch(`/api/drafts/${id}`, { data: { version, status: 'approved' } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden');

  const asEditor = await logIn(browser, { email: 'eddie@example.com', password: 'editor password' });
  const editorPage = new EditorPage(asEditor.page);
  await editorPage.goto(id);
  await expect(editorPage.title()).toHaveValue('A title the writer chose');
  await asEditor.page.getByRole('button', { name: 'Approve' }).click();
  await expect(editorPage.status()).toHaveText(/approved/i);
  await asEditor.page.reload();
  await expect(asEditor.page.getByTestId('attribution')).toContainText('Written by Wanda Writer · Approved by Eddie Editor on');

  await asEditor.page.getByRole('button', { name: 'History' }).click();
  const history = asEditor.page.getByRole('dialog', { name: 'History' });
  await expect(history.getByTestId('revision-author')).toContainText([' · by Eddie Editor']);
  await expect(history.getByTestId('revision-author').filter({ hasText: 'Wanda Writer' }).first()).toBeVisible();

  // Back in the writer's browser, the approved post is theirs to read, not to change.
  await asWriter.page.reload();
  await expect(asWriter.page.getByTestId('read-only-notice')).toContainText('This post is approved');
  await asWriter.context.close();
  await asEditor.context.close();
});
