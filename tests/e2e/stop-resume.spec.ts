import { expect, test, uniqueTopic } from './fixtures';

function numberedPost(topic: string): string {
  const sections = Array.from({ length: 30 }, (_, index) => `## Chapter ${index + 1}\n\nChapter ${index + 1} of ${topic}.\n`);
  return [
    `TITLE: Stopping ${topic}`,
    'META_DESCRIPTION: Stop and go.',
    'TAGS: stop, resume',
    'CATEGORIES: Tutorials',
    '',
    ...sections,
    'Fin.',
    '-EndOFText-',
  ].join('\n');
}

test('a person stops a generation, sees it interrupted with its text, and resumes it without a word lost or repeated', async ({
  page,
  request,
  fakeModel,
  newPostPage,
  draftPage,
}) => {
  const topic = uniqueTopic('Pausing');
  const text = numberedPost(topic);
  await fakeModel.script(topic, [{ kind: 'post', text, chunkSize: 6, delayMs: 25 }]);
  await newPostPage.startPost(topic);
  const id = page.url().split('/').at(-1) as string;

  await expect(draftPage.preview()).toContainText('Chapter 3 of');
  await expect(draftPage.generationStatus()).toContainText(/of about [\d,]+ words/);
  await draftPage.generationStatus().getByRole('button', { name: 'Stop' }).click();

  await expect(draftPage.status()).toHaveAttribute('data-status', 'interrupted');
  await expect(page.getByTestId('generation-error')).toContainText('Stopped');
  // A person's own Stop reads as a pause, not a failure: its own badge, a calm banner, no alert.
  await expect(draftPage.status()).toHaveText('Stopped');
  await expect(draftPage.status()).toHaveAttribute('data-interruption', 'stopped');
  await expect(page.getByTestId('generation-error')).toHaveAttribute('role', 'status');
  // What the stopped round used is shown (estimated where the API never said), never "0 / 0" and "0 rounds".
  await expect(draftPage.stat('rounds')).toHaveText('1');
  await expect(draftPage.stat('tokens')).toHaveText(/^≈ [1-9][\d,]* \/ [1-9][\d,]*$/);
  const stopped = (await (await request.get(`/api/drafts/${id}`)).json()) as { raw: string };
  expect(text.startsWith(stopped.raw)).toBe(true);
  expect(stopped.raw.length).toBeLessThan(text.length);

  // The default model continues in a user turn and repeats the sentence it was cut in: aligned away.
  await fakeModel.script(topic, [{ kind: 'post', text, seam: 'repeat-sentence', chunkSize: 6, delayMs: 5 }]);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });

  const headings = await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents();
  expect(headings).toEqual(Array.from({ length: 30 }, (_, index) => `Chapter ${index + 1}`));
  const finished = (await (await request.get(`/api/drafts/${id}`)).json()) as { raw: string };
  expect(finished.raw).toBe(text);
  await page.reload();
  expect(await draftPage.preview().getByRole('heading', { level: 2 }).allTextContents()).toEqual(headings);
});
