import { expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('outline first: the person edits the proposed outline and the post is written from it, in the chosen language', async ({
  page,
  fakeModel,
  newPostPage,
}) => {
  const topic = uniqueTopic('Outlines');
  const outline = '- ## Why it matters\n- ## How to start';
  const post = [
    `TITLE: Plan de ${topic}`,
    'META_DESCRIPTION: Un plan.',
    'TAGS: plan',
    'CATEGORIES: Tutorials',
    '',
    '## Why it matters',
    '',
    'Texte.',
    '',
    '## A section I added',
    '',
    'Plus.',
    '-EndOFText-',
  ].join('\n');
  await fakeModel.script(topic, [
    { kind: 'stream', text: outline },
    { kind: 'stream', text: post, chunkSize: 50, delayMs: 5 },
  ]);

  await newPostPage.goto();
  await newPostPage.topicBox().fill(topic);
  await page.getByText('Writing options').click();
  await page.getByLabel('Language').fill('French');
  await page.getByLabel('Outline first').check();
  await page.getByRole('button', { name: 'Write the post' }).click();

  await expect(page.getByRole('heading', { name: 'Review the outline' })).toBeVisible();
  const box = page.getByLabel('Outline', { exact: true });
  await expect(box).toHaveValue(outline);
  await box.fill(`${outline}\n- ## A section I added`);
  await page.getByRole('button', { name: 'Write the post from this outline' }).click();

  const editor = new EditorPage(page);
  await expect(editor.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });
  await expect(editor.title()).toHaveValue(`Plan de ${topic}`);
  await expect(editor.preview()).toContainText('A section I added');

  const requests = await fakeModel.requests();
  const writing = requests.filter((request) => request.text.includes(topic)).at(-1);
  expect(writing?.stream).toBe(true);
  expect(writing?.text).toContain('- ## A section I added');
  expect(writing?.text).toContain('in French');
});
