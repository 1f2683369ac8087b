import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { fakeAnthropicControl } from '../fixtures/fake-anthropic/control.mjs';
import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';
import { DraftsListPage } from './pages/drafts-list-page';

type Name = 'Alpha' | 'Beta' | 'Gamma' | 'Delta';
const NAMES: Name[] = ['Alpha', 'Beta', 'Gamma', 'Delta'];

// One word no other test writes, in every topic, so a search shows exactly this file's drafts.
const run = uniqueTopic('listrun').replace(/\W/g, '');

function post(name: Name): string {
  return [
    `TITLE: ${name} post ${run}`,
    // Gamma lacks a meta description, so approving it must fail while the others pass.
    ...(name === 'Gamma' ? [] : [`META_DESCRIPTION: All about ${name}.`]),
    `TAGS: listing, ${name.toLowerCase()}${run}`,
    `CATEGORIES: ${name === 'Beta' ? 'News' : 'Tutorials'}`,
    '',
    `## ${name}`,
    '',
    name === 'Gamma' ? `Only this body holds needle${run}.` : `The body of ${name}.`,
    '-EndOFText-',
  ].join('\n');
}

const drafts = {} as Record<Name, { id: string; slug: string }>;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${APP_PORT}` });
  const fake = fakeAnthropicControl(`http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`);
  for (const name of NAMES) {
    const { id } = await createFinishedDraft(request, fake, `${name} topic ${run}`, post(name));
    const { slug } = (await (await request.get(`/api/drafts/${id}`)).json()) as { slug: string };
    drafts[name] = { id, slug };
  }
  await request.dispose();
});

test('search, tag and status filters live in the URL, and Back undoes them', async ({ page }) => {
  const list = new DraftsListPage(page);
  await list.goto();
  await list.searchBox().fill(run);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${run}`));
  await expect(list.rows()).toHaveCount(4);

  await list.searchBox().fill(`needle${run}`);
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows()).toContainText(`Gamma post ${run}`);

  await list.goto(`q=${run}`);
  await list.tagBox().fill(`ALPHA${run}`);
  await expect(page).toHaveURL(/[?&]tag=/);
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows()).toContainText(`Alpha post ${run}`);

  await list.goto(`q=${run}`);
  await list.statusTab('In review').click();
  await expect(page).toHaveURL(/status=review/);
  await expect(list.emptyState()).toContainText('No drafts match');
  await page.goBack();
  await expect(list.rows()).toHaveCount(4);
  await list.statusTab('Draft').click();
  await expect(list.rows()).toHaveCount(4);
  await expect(list.statusTab('Draft')).toHaveAttribute('aria-current', 'page');

  await list.page.getByRole('combobox', { name: 'Category' }).selectOption('News');
  await expect(list.rows()).toHaveCount(1);
  await expect(list.rows()).toContainText(`Beta post ${run}`);
  await list.page.getByRole('link', { name: 'Clear filters' }).first().click();
  await expect(page).toHaveURL(/\/drafts$/);
});

test('bulk approve reports the draft it could not approve, then the approved ones move to review', async ({ page, request }) => {
  const list = new DraftsListPage(page);
  await list.goto(`q=${run}`);
  await list.select('Alpha', 'Beta', 'Gamma');
  await expect(list.bulkActions()).toContainText('3 drafts selected');
  await list.bulkButton('Approve').click();

  await expect(list.result()).toHaveText('2 drafts approved; 1 could not be approved: needs a meta description.');
  await expect(list.row('Alpha').getByTestId('status-badge')).toHaveAttribute('data-status', 'approved');
  await expect(list.row('Gamma').getByTestId('status-badge')).toHaveAttribute('data-status', 'draft');
  await expect(list.row('Gamma').getByRole('checkbox')).toBeChecked();
  await expect(list.row('Alpha').getByRole('checkbox')).not.toBeChecked();

  await list.statusTab('Approved').click();
  await expect(list.rows()).toHaveCount(2);
  await list.selectAll().check();
  await list.bulkButton('Move to review').click();
  await expect(list.result()).toHaveText('2 drafts moved to review.');
  await expect(list.emptyState()).toBeVisible();

  const alpha = (await (await request.get(`/api/drafts/${drafts.Alpha.id}`)).json()) as { status: string; approvedAt: string | null };
  expect(alpha).toMatchObject({ status: 'review', approvedAt: null });
});

test('delete asks first: Esc cancels and returns focus, confirming deletes', async ({ page, request }) => {
  const list = new DraftsListPage(page);
  await list.goto(`q=${run}`);
  await list.select('Delta');
  await list.bulkButton('Delete…').click();
  const dialog = list.confirmDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Delete 1 draft?');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(list.bulkButton('Delete…')).toBeFocused();
  await expect(list.rows()).toHaveCount(4);

  await list.bulkButton('Delete…').click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(list.result()).toHaveText('1 draft deleted.');
  await expect(list.rows()).toHaveCount(3);
  await expect(list.row('Delta')).toHaveCount(0);
  expect((await request.get(`/api/drafts/${drafts.Delta.id}`)).status()).toBe(404);
});

test('download zip holds exactly the selected drafts', async ({ page }) => {
  const list = new DraftsListPage(page);
  await list.goto(`q=${run}`);
  await list.select('Alpha', 'Beta');
  const downloading = page.waitForEvent('download');
  await list.downloadZip().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('postsmith-selected-hugo.zip');
  const entries = unzipSync(await readFile(await download.path()));
  // Laid out as a Hugo site: content/posts/, with a README.txt saying where it goes.
  expect(Object.keys(entries).sort()).toEqual(
    ['README.txt', `content/posts/${drafts.Alpha.slug}.md`, `content/posts/${drafts.Beta.slug}.md`].sort(),
  );
});

test('a post a person stopped is listed under Stopped, apart from the ones that failed', async ({ page, request, fakeModel }) => {
  const stoppedTopic = uniqueTopic('Stopped on purpose');
  const failedTopic = uniqueTopic('Refused by the API');
  const longText = (topic: string) =>
    [`TITLE: ${topic}`, 'META_DESCRIPTION: m', 'TAGS: a', 'CATEGORIES: News', '', ...Array(400).fill(`${topic} goes on.`)].join('\n');
  await fakeModel.script(stoppedTopic, [{ kind: 'stream', text: longText(stoppedTopic), chunkSize: 20, delayMs: 50 }]);
  await fakeModel.script(failedTopic, [{ kind: 'status', status: 401 }]);
  const start = async (topic: string) => ((await (await request.post('/api/drafts', { data: { topic } })).json()) as { id: string }).id;
  const stopped = await start(stoppedTopic);
  const failed = await start(failedTopic);
  await expect
    .poll(async () => (await (await request.get(`/api/drafts/${stopped}`)).json()).raw.length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  expect((await request.post(`/api/drafts/${stopped}/stop`, { data: {} })).status()).toBe(200);
  await expect.poll(async () => (await (await request.get(`/api/drafts/${failed}`)).json()).status).toBe('interrupted');

  await page.goto('/drafts');
  const tabs = page.getByRole('navigation', { name: 'Drafts by status' });
  await tabs.getByRole('link', { name: /^Stopped/ }).click();
  await expect(page).toHaveURL(/status=interrupted&interruption=stopped/);
  await expect(page.getByRole('link', { name: stoppedTopic })).toBeVisible();
  await expect(page.getByRole('link', { name: failedTopic })).toHaveCount(0);

  await tabs.getByRole('link', { name: /^Failed/ }).click();
  await expect(page.getByRole('link', { name: failedTopic })).toBeVisible();
  await expect(page.getByRole('link', { name: stoppedTopic })).toHaveCount(0);
});
