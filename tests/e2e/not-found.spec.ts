import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APP_PORT } from '../../playwright.config';
import { AppProcess } from './app-process';
import { expect, test } from './fixtures';

test('a missing draft says so and offers the drafts and a new post', async ({ page }) => {
  const response = await page.goto('/drafts/no-such-draft');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to drafts' }).click();
  await expect(page).toHaveURL(/\/drafts$/);
  await page.goBack();
  await page.getByRole('link', { name: 'Write a new post' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the app has an icon, and /favicon.ico is served', async ({ request }) => {
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toContain('image/');
  const page = await request.get('/drafts');
  const iconHref = /<link rel="icon" href="([^"]+)"[^>]*type="image\/svg\+xml"/.exec(await page.text())?.[1];
  expect(iconHref).toBeDefined();
  const icon = await request.get(iconHref ?? '');
  expect(icon.status()).toBe(200);
  expect(await icon.text()).toContain('<svg');
});

test.describe('a database error on a page', () => {
  let dir: string;
  let app: AppProcess;

  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'postsmith-page-error-'));
    app = new AppProcess(APP_PORT + 7, { DATABASE_URL: `file:${path.join(dir, 'app.db')}` });
    await app.start();
  });
  test.afterAll(async () => {
    await app.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('shows what to do next instead of a bare error screen', async ({ page }) => {
    const sqlite = new Database(path.join(dir, 'app.db'));
    sqlite.exec('DROP TABLE "Revision"; DROP TABLE "Draft";');
    sqlite.close();

    await page.goto(`${app.baseUrl}/drafts`);
    await expect(page.getByRole('heading', { name: 'This page could not be loaded' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to the start page' })).toBeVisible();
    // Inside the app's layout: the navigation is still there.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  });
});
