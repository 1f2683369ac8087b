import { readFile } from 'node:fs/promises';
import { expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

function samplePost(topic: string): string {
  const sections = Array.from({ length: 12 }, (_, index) =>
    [
      `## Section ${index + 1}: ${topic}`,
      '',
      `Paragraph ${index + 1} explains ${topic} in depth, with examples a reader can follow and numbers to compare.`,
      '',
      `- point ${index + 1}a`,
      `- point ${index + 1}b`,
      '',
    ].join('\n'),
  );
  return [
    `TITLE: The Complete Guide to ${topic}`,
    `META_DESCRIPTION: Everything about ${topic}, explained step by step.`,
    'TAGS: guide, testing, Guide, streaming',
    'CATEGORIES: Tutorials, software development, Not A Category',
    '',
    `Welcome to this guide about ${topic}.`,
    '',
    ...sections,
    '## Conclusion',
    '',
    'That is the last line of the post.',
    '-EndOFText-',
  ].join('\n');
}

test('a typed topic streams into the preview, survives a reload and downloads as Markdown', async ({
  page,
  fakeModel,
  newPostPage,
  draftPage,
}) => {
  const topic = uniqueTopic('Streaming previews');
  await fakeModel.script(topic, [{ kind: 'stream', text: samplePost(topic), chunkSize: 12, delayMs: 40 }]);

  await newPostPage.startPost(topic);

  await expect(draftPage.title()).toHaveText(`The Complete Guide to ${topic}`);
  await expect(draftPage.generationStatus()).toBeVisible();
  await expect(draftPage.preview()).toContainText('Section 2');
  await expect(draftPage.preview().getByRole('heading', { name: `Section 12: ${topic}` })).toHaveCount(0);
  // Scrolled down the growing preview, the progress and its Stop button stay in view.
  await expect(draftPage.preview()).toContainText('Section 7');
  await page.mouse.wheel(0, 4000);
  await expect(draftPage.generationStatus().getByRole('button', { name: 'Stop' })).toBeInViewport();
  await expect(draftPage.generationStatus()).toContainText(/of about 3,000 words/);

  await page.reload();
  // The editor opens with the draft the stream's done event carries: the page is not fetched again.
  const pageFetches: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/drafts/')) pageFetches.push(request.url());
  });
  await expect(draftPage.preview()).toContainText(`Welcome to this guide about ${topic}.`);
  await expect(draftPage.preview()).toContainText('That is the last line of the post.', { timeout: 30_000 });
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft');
  await expect(draftPage.preview()).not.toContainText('EndOFText');
  const editor = new EditorPage(page);
  await expect(editor.title()).toHaveValue(`The Complete Guide to ${topic}`);
  await expect(editor.tags().getByRole('listitem')).toHaveText([/^guide/, /^testing/, /^streaming/]);
  await expect(editor.categories().getByRole('listitem')).toHaveText([/^Tutorials/, /^Software Development/]);
  await expect(page.getByText('Category "Not A Category" is', { exact: false })).toBeVisible();
  expect(pageFetches).toEqual([]);

  const headings = await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toHaveLength(13);
  expect(new Set(headings).size).toBe(13);

  const downloadPromise = page.waitForEvent('download');
  await draftPage.openExport();
  await draftPage.downloadLink().click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^the-complete-guide-to-streaming-previews-[a-z0-9-]+\.md$/);
  const markdown = await readFile((await download.path()) as string, 'utf8');
  expect(markdown).toMatch(/^---\n/);
  expect(markdown).toContain(`title: The Complete Guide to ${topic}`);
  expect(markdown).toContain('That is the last line of the post.');
  expect(markdown).not.toContain('EndOFText');
});

test('the drafts page lists the new draft', async ({ page, fakeModel, newPostPage, draftPage }) => {
  const topic = uniqueTopic('Listed drafts');
  await fakeModel.script(topic, [{ kind: 'stream', text: samplePost(topic), chunkSize: 200, delayMs: 5 }]);
  await newPostPage.startPost(topic);
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });

  await page.getByRole('link', { name: 'Drafts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Drafts', exact: true, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(`The Complete Guide to ${topic}`) }).click();
  await expect(new EditorPage(page).title()).toHaveValue(`The Complete Guide to ${topic}`);
});

test('the topic box says its limit as it fills, and an error goes once the topic is edited', async ({ page }) => {
  await page.goto('/');
  const topic = page.getByLabel('Topic');
  await topic.fill('   ');
  await page.getByRole('button', { name: 'Write the post' }).click();
  const error = page.locator('#topic-error');
  await expect(error).toContainText('Type a topic for the post.');
  await topic.fill('Sourdough');
  await expect(error).toHaveCount(0);
  await expect(page.getByTestId('topic-length')).toHaveText('9 / 500');
  await topic.fill('x'.repeat(600));
  await expect(topic).toHaveValue('x'.repeat(500));
  await expect(page.getByTestId('topic-length')).toHaveText('500 / 500: the most a topic holds');
});
