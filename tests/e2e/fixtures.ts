import { type APIRequestContext, test as base, expect } from '@playwright/test';
import { FAKE_ANTHROPIC_PORT, FAKE_OPENAI_PORT } from '../../playwright.config';
import { fakeAnthropicControl } from '../fixtures/fake-anthropic/control.mjs';
import { fakeOpenAIControl } from '../fixtures/fake-openai/control.mjs';
import { DraftPage } from './pages/draft-page';
import { NewPostPage } from './pages/new-post-page';

type Fixtures = {
  fakeModel: ReturnType<typeof fakeAnthropicControl>;
  /** The OpenAI-compatible endpoint the app offers beside Claude (OPENAI_BASE_URL), scripted like `fakeModel`. */
  fakeOpenAI: ReturnType<typeof fakeOpenAIControl>;
  newPostPage: NewPostPage;
  draftPage: DraftPage;
};

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  fakeModel: async ({}, use) => {
    const control = fakeAnthropicControl(`http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`);
    await control.reset();
    await use(control);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  fakeOpenAI: async ({}, use) => {
    const control = fakeOpenAIControl(`http://127.0.0.1:${FAKE_OPENAI_PORT}`);
    await control.reset();
    await use(control);
  },
  newPostPage: async ({ page }, use) => use(new NewPostPage(page)),
  draftPage: async ({ page }, use) => use(new DraftPage(page)),
});

export { expect };

/** A short well-formed model output, so a test can get a finished draft in well under a second. */
export function quickPost(topic: string): string {
  return [
    `TITLE: Quick guide to ${topic}`,
    `META_DESCRIPTION: A quick guide to ${topic}, for tests.`,
    'TAGS: quick, guide',
    'CATEGORIES: Tutorials',
    '',
    `## Why ${topic}`,
    '',
    `The first paragraph about ${topic}.`,
    '',
    '## How',
    '',
    'The second paragraph.',
    '-EndOFText-',
  ].join('\n');
}

/** Creates a draft through the API with the fake model scripted, and waits until it is written. */
export async function createFinishedDraft(
  request: APIRequestContext,
  fakeModel: ReturnType<typeof fakeAnthropicControl>,
  topic: string,
  text = quickPost(topic),
): Promise<{ id: string; version: number }> {
  await fakeModel.script(topic, [{ kind: 'stream', text, chunkSize: 400 }]);
  const created = await request.post('/api/drafts', { data: { topic } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  let draft = { id, version: 0, status: 'generating' };
  await expect
    .poll(async () => {
      draft = (await (await request.get(`/api/drafts/${id}`)).json()) as typeof draft;
      return draft.status;
    })
    .toBe('draft');
  return draft;
}

/** A topic no other test uses, so scripted responses and drafts never collide. */
export function uniqueTopic(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
