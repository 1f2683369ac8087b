import { readFile } from 'node:fs/promises';
import { OPENAI_TEST_KEY } from '../../playwright.config';
import { expect, test, uniqueTopic } from './fixtures';
import { DraftsListPage } from './pages/drafts-list-page';
import { SettingsPage } from './pages/settings-page';

// The app runs with OPENAI_BASE_URL on a fake OpenAI-compatible endpoint (playwright.config.ts) on loopback, as
// Ollama would be: its models are offered beside Claude, which stays the default.

function numberedPost(topic: string): string {
  const sections = Array.from({ length: 30 }, (_, index) => `## Chapter ${index + 1}\n\nChapter ${index + 1} of ${topic}.\n`);
  return [
    `TITLE: Locally written ${topic}`,
    'META_DESCRIPTION: Written on a model of my own.',
    'TAGS: local, ollama',
    'CATEGORIES: Tutorials',
    '',
    ...sections,
    'Fin.',
    '-EndOFText-',
  ].join('\n');
}

test('a person picks a local model: the post streams, survives Stop and Resume, shows its model and exports', async ({
  page,
  request,
  fakeModel,
  fakeOpenAI,
  newPostPage,
  draftPage,
}) => {
  const topic = uniqueTopic('Own model');
  const text = numberedPost(topic);
  await fakeOpenAI.script(topic, [{ kind: 'post', text, chunkSize: 6, delayMs: 25 }]);

  await newPostPage.goto();
  await expect(newPostPage.modelPicker()).toHaveValue('anthropic:claude-sonnet-5-5');
  await newPostPage.modelPicker().selectOption('openai:qwen3:8b');
  await newPostPage.topicBox().fill(topic);
  await page.getByRole('button', { name: 'Write the post' }).click();
  await page.waitForURL(/\/drafts\/[^/]+$/);
  const id = page.url().split('/').at(-1) as string;

  await expect(draftPage.preview()).toContainText('Chapter 3 of');
  await expect(draftPage.generationStatus()).toContainText(/of about [\d,]+ words/);
  await draftPage.generationStatus().getByRole('button', { name: 'Stop' }).click();
  await expect(draftPage.status()).toHaveAttribute('data-status', 'interrupted');
  const stopped = (await (await request.get(`/api/drafts/${id}`)).json()) as { raw: string };
  expect(text.startsWith(stopped.raw)).toBe(true);
  expect(stopped.raw.length).toBeLessThan(text.length);

  // An endpoint takes no prefill: the continuation is asked in a user turn and repeats the sentence it was cut in.
  await fakeOpenAI.script(topic, [{ kind: 'post', text, seam: 'repeat-sentence', chunkSize: 6, delayMs: 5 }]);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });

  const headings = await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(Array.from({ length: 30 }, (_, index) => `Chapter ${index + 1}`));
  const finished = (await (await request.get(`/api/drafts/${id}`)).json()) as {
    raw: string;
    generation: { provider: string; model: string };
  };
  expect(finished.raw).toBe(text);
  expect(finished.generation).toMatchObject({ provider: 'openai', model: 'qwen3:8b' });
  const sent = (await fakeOpenAI.requests()).filter((item) => item.text.includes(topic));
  expect(sent.length).toBeGreaterThanOrEqual(2);
  expect(sent.every((item) => item.model === 'qwen3:8b')).toBe(true);
  expect((await fakeModel.requests()).filter((item) => item.text.includes(topic))).toEqual([]);

  await expect(draftPage.stat('model')).toHaveText('qwen3:8b (OpenAI-compatible endpoint)');
  await expect(draftPage.stat('cost')).toHaveText('$0.00 (local model)');

  const downloading = page.waitForEvent('download');
  await draftPage.openExport();
  await draftPage.downloadLink().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^locally-written-own-model-[a-z0-9-]+\.md$/);
  const markdown = await readFile((await download.path()) as string, 'utf8');
  expect(markdown).toMatch(/^---\n/);
  expect(markdown).toContain(`title: Locally written ${topic}`);
  expect(markdown).toContain('model: qwen3:8b');
  expect(markdown).toContain('Chapter 30 of');
  expect(markdown).not.toContain('EndOFText');

  const list = new DraftsListPage(page);
  await list.goto(`q=${encodeURIComponent(topic)}`);
  await expect(list.row(topic).getByTestId('draft-model')).toHaveText('Model: qwen3:8b');

  // The choice is remembered for the next post.
  await newPostPage.goto();
  await expect(newPostPage.modelPicker()).toHaveValue('openai:qwen3:8b');
});

test('settings list both providers, mark the default and test each model without showing a key', async ({ page, fakeOpenAI }) => {
  const settings = new SettingsPage(page);
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  await expect(settings.provider('anthropic')).toContainText('Set up');
  await expect(settings.model('anthropic:claude-sonnet-5-5')).toContainText('Default');
  await expect(settings.model('anthropic:claude-sonnet-5-5')).toContainText('$2 in · $10 out per million tokens');
  await expect(settings.provider('openai')).toContainText(/Endpoint: http:\/\/127\.0\.0\.1:\d+\/v1/);
  await expect(settings.model('openai:qwen3:8b')).toContainText('Free: runs locally');
  await expect(settings.model('openai:qwen3:8b')).not.toContainText('Default');
  await expect(page.getByTestId('default-model')).toContainText('anthropic:claude-sonnet-5-5');

  await fakeOpenAI.script('Say "ready"', [
    { kind: 'stream', text: 'ready' },
    { kind: 'status', status: 401, message: 'Incorrect API key provided' },
  ]);
  await settings.testButton('qwen3:8b').click();
  await expect(settings.testResult('openai:qwen3:8b')).toHaveText(/^Answered in \d[\d,]* ms: “ready”$/);
  await settings.testButton('llama3.2:3b').focus();
  await page.keyboard.press('Enter');
  await expect(settings.testResult('openai:llama3.2:3b')).toContainText('HTTP 401');
  await expect(settings.testResult('openai:llama3.2:3b')).toContainText('Incorrect API key provided');
  await expect(settings.testResult('openai:llama3.2:3b')).toHaveAttribute('data-state', 'failed');

  // Neither key is in any page the browser gets, nor in what the Test button answered.
  for (const path of ['/settings', '/']) {
    const html = await (await page.request.get(path)).text();
    expect(html).not.toContain(OPENAI_TEST_KEY);
    expect(html).not.toContain('test-key');
  }
  expect(await page.content()).not.toContain(OPENAI_TEST_KEY);
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the settings page and the form with its model picker do not scroll sideways', async ({ page }) => {
    for (const path of ['/settings', '/']) {
      await page.goto(path);
      await expect(page.locator('main')).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
    }
  });
});
