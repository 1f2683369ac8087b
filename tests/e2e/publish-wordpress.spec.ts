import { startWordPressSite, WORDPRESS_INSTALL_HINT, wordPressMissing } from '../fixtures/wordpress/site.mjs';
import { createFinishedDraft, expect, quickPost, test, uniqueTopic } from './fixtures';
import { DraftsListPage } from './pages/drafts-list-page';
import { EditorPage } from './pages/editor-page';
import { PublishPanel } from './pages/publish-panel';

// A person connects a real WordPress (Debian's package, tests/fixtures/wordpress/site.mjs) on /settings, publishes
// an approved draft, edits it and publishes again: the site has one post, updated, with the right terms.
const missing = wordPressMissing();
if (missing) {
  console.log(`${'='.repeat(78)}\nWORDPRESS E2E SKIPPED: ${missing}.\nTo run it: ${WORDPRESS_INSTALL_HINT}.\n${'='.repeat(78)}`);
}
test.skip(Boolean(missing), `No WordPress to publish to: ${missing}`);

let site: Awaited<ReturnType<typeof startWordPressSite>>;
test.beforeAll(async () => {
  site = await startWordPressSite();
});
test.afterAll(async () => site?.stop());

type WpPost = { id: number; title: { raw: string }; content: { raw: string }; status: string; categories: number[]; tags: number[] };

async function wp<T>(route: string, query: Record<string, string> = {}): Promise<T> {
  const url = new URL(`${site.url}/`);
  url.searchParams.set('rest_route', `/${route}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  const authorization = `Basic ${Buffer.from(`${site.editor.username}:${site.editor.applicationPassword}`).toString('base64')}`;
  return (await (await fetch(url, { headers: { authorization } })).json()) as T;
}
const postsOnSite = async (titled: string) =>
  (await wp<WpPost[]>('wp/v2/posts', { status: 'publish,future,draft', context: 'edit', per_page: '100' })).filter((post) =>
    post.title.raw.includes(titled),
  );
const names = async (taxonomy: string, ids: number[]) =>
  (await wp<{ name: string }[]>(`wp/v2/${taxonomy}`, { include: ids.join(','), per_page: '100' })).map((term) => term.name).sort();

test('connect a WordPress site, publish an approved draft, edit it and publish again: one updated post', async ({
  page,
  request,
  fakeModel,
}) => {
  await page.goto('/settings');
  const form = page.getByRole('form', { name: 'Add a site' });
  await form.getByLabel('Site address').fill(site.url);
  await form.getByLabel('User name').fill(site.editor.username);
  await form.getByLabel('Application Password').fill('wrong wrong wrong wrong');
  await form.getByRole('button', { name: 'Test' }).click();
  const result = page.getByTestId('connection-form-result');
  await expect(result).toHaveAttribute('data-state', 'failed');
  await expect(result).toContainText('refused user “editor”');

  await form.getByLabel('Application Password').fill(site.editor.applicationPassword);
  await form.getByRole('button', { name: 'Test' }).click();
  await expect(result).toContainText('Works: “Postsmith test site” as editor, time zone Europe/Berlin.');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('connection-row')).toContainText('Postsmith test site');
  await expect(page.locator('body')).not.toContainText(site.editor.applicationPassword);

  const topic = uniqueTopic('WordPress e2e');
  const draft = await createFinishedDraft(request, fakeModel, topic, quickPost(topic));
  const approved = await request.patch(`/api/drafts/${draft.id}`, { data: { version: draft.version, status: 'approved' } });
  expect(approved.status()).toBe(200);

  const editor = new EditorPage(page);
  const panel = new PublishPanel(page);
  await editor.goto(draft.id);
  await panel.status('Published').click();
  await panel.publishButton().click();
  await expect(panel.result()).toHaveAttribute('data-state', 'done');
  await expect(panel.publication()).toContainText('published');
  const [first, ...others] = await postsOnSite(topic);
  expect(others).toEqual([]);
  expect(first?.title.raw).toBe(`Quick guide to ${topic}`);
  expect(first?.status).toBe('publish');

  await editor.title().fill(`Updated guide to ${topic}`);
  await editor.tagInput().fill('wordpress');
  await editor.tagInput().press('Enter');
  await editor.waitSaved();
  await expect(panel.publishButton()).toHaveText('Update on the site');
  await panel.publishButton().click();
  await expect(panel.result()).toHaveAttribute('data-state', 'done');

  const posts = await postsOnSite(topic);
  expect(posts).toHaveLength(1);
  const [updated] = posts;
  expect(updated?.id).toBe(first?.id);
  expect(updated?.title.raw).toBe(`Updated guide to ${topic}`);
  expect(updated?.content.raw).toContain('<h2>How</h2>');
  expect(await names('categories', updated?.categories ?? [])).toEqual(['Tutorials']);
  expect(await names('tags', updated?.tags ?? [])).toEqual(['guide', 'quick', 'wordpress']);
});

test('publish several drafts at once from the list', async ({ page, request, fakeModel }) => {
  const { connections } = (await (await request.get('/api/connections')).json()) as { connections: unknown[] };
  if (connections.length === 0) {
    const added = await request.post('/api/connections', {
      data: { type: 'wordpress', url: site.url, username: site.editor.username, applicationPassword: site.editor.applicationPassword },
    });
    expect(added.status()).toBe(201);
  }
  const topics = [uniqueTopic('Bulk WordPress'), uniqueTopic('Bulk WordPress')];
  for (const topic of topics) await createFinishedDraft(request, fakeModel, topic, quickPost(topic));
  const list = new DraftsListPage(page);
  await list.goto();
  await list.select(...topics);
  await list.bulkButton('Publish…').click();
  const dialog = page.getByRole('dialog', { name: 'Publish 2 drafts' });
  await expect(dialog.getByRole('combobox')).toContainText('Postsmith test site');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  const results = page.getByTestId('bulk-publish-result').getByRole('listitem');
  await expect(results).toHaveCount(2);
  for (const topic of topics) {
    await expect(results.filter({ hasText: topic })).toContainText(`${site.url}/?p=`);
    const [post, ...others] = await postsOnSite(topic);
    expect(others).toEqual([]);
    expect(post?.status).toBe('draft');
  }
});
