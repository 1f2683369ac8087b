import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { AppProcess } from './app-process';
import { expect, test, uniqueTopic } from './fixtures';

function sectionedPost(topic: string, sections: number): string {
  const body = Array.from(
    { length: sections },
    (_, index) => `## Section ${index + 1}\n\nSection ${index + 1} of ${topic} says one thing. Then it says another thing.\n`,
  );
  return [
    `TITLE: Seams in ${topic}`,
    'META_DESCRIPTION: Cut and continued.',
    'TAGS: seams',
    'CATEGORIES: Tutorials',
    '',
    ...body,
    'The end.',
    '-EndOFText-',
  ].join('\n');
}

/** Everything a viewer is sent for a draft, from offset 0 to the `done` event. */
async function streamedText(url: string): Promise<string> {
  const response = await fetch(url);
  const body = await response.text();
  return body
    .split('\n\n')
    .filter((frame) => frame.startsWith('event: delta'))
    .map((frame) => (JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { text: string }).text)
    .join('');
}

test('on the default model, a post cut by max_tokens and broken mid-stream reads exactly as meant, live and after a reload', async ({
  page,
  request,
  baseURL,
  fakeModel,
  newPostPage,
  draftPage,
}) => {
  const topic = uniqueTopic('Seams');
  const text = sectionedPost(topic, 24);
  const firstCut = text.indexOf('says another', text.indexOf('Section 6 of')) + 'says anoth'.length;
  await fakeModel.script(topic, [
    // Round 1 ends at max_tokens mid-word; the model repeats the sentence it was cut in.
    { kind: 'post', text, stopAfterChars: firstCut, seam: 'repeat-sentence', chunkSize: 9, delayMs: 15 },
    // Round 2 breaks with an overloaded_error; the retry repeats the last few words.
    { kind: 'post', text, errorAfterChars: 700, seam: 'repeat-words', chunkSize: 9, delayMs: 10 },
    { kind: 'post', text, seam: 'exact-no-space', chunkSize: 9, delayMs: 5 },
  ]);
  await newPostPage.startPost(topic);
  const id = page.url().split('/').at(-1) as string;
  const live = streamedText(`${baseURL}/api/drafts/${id}/stream?offset=0`);

  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });
  const expectedHeadings = Array.from({ length: 24 }, (_, index) => `Section ${index + 1}`);
  expect(await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents()).toEqual(expectedHeadings);
  expect(await live).toBe(text);

  await page.reload();
  expect(await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents()).toEqual(expectedHeadings);
  await expect(draftPage.preview()).toContainText('Section 6 of');
  const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { raw: string; generation: { stopReasons: string[] } };
  expect(stored.raw).toBe(text);
  expect(stored.generation.stopReasons).toEqual(['max_tokens', 'end_turn']);
  const requests = (await fakeModel.requests()).filter((item) => item.text.includes(topic));
  expect(requests.map((item) => item.messages.at(-1)?.role)).toEqual(['user', 'user', 'user']);
});

test('a retired model is named on the home page and the draft, with the model to use instead', async ({ page }) => {
  test.setTimeout(90_000);
  const app = new AppProcess(APP_PORT + 2, {
    DATABASE_URL: AppProcess.freshDatabase('e2e-retired-model.db'),
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
    ANTHROPIC_MODEL: 'claude-sonnet-4-5',
  });
  await app.start();
  try {
    await page.goto(app.baseUrl);
    const notice = page.getByTestId('model-notice');
    await expect(notice).toHaveAttribute('data-state', 'retired');
    await expect(notice).toContainText('claude-sonnet-4-5 reached its end of life on 30 November 2026');
    await expect(notice).toContainText('ANTHROPIC_MODEL=claude-sonnet-5-5');

    const draft = await fetch(`${app.baseUrl}/api/drafts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ topic: uniqueTopic('Old model') }),
    });
    expect(draft.status).toBe(201);
    const { id } = (await draft.json()) as { id: string };
    await page.goto(`${app.baseUrl}/drafts/${id}`);
    await expect(page.getByTestId('model-notice')).toContainText('end of life');
  } finally {
    await app.kill('SIGTERM');
  }
});
