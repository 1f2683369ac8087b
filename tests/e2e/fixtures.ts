import { test as base } from '@playwright/test';
import { FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { fakeAnthropicControl } from '../fixtures/fake-anthropic/control.mjs';
import { DraftPage } from './pages/draft-page';
import { NewPostPage } from './pages/new-post-page';

type Fixtures = {
  fakeModel: ReturnType<typeof fakeAnthropicControl>;
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
  newPostPage: async ({ page }, use) => use(new NewPostPage(page)),
  draftPage: async ({ page }, use) => use(new DraftPage(page)),
});

export { expect } from '@playwright/test';

/** A topic no other test uses, so scripted responses and drafts never collide. */
export function uniqueTopic(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}
