import { createFinishedDraft, expect, quickPost, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('a pasted list of topics becomes a batch that writes every draft, each row linking to it', async ({ page, fakeModel, draftPage }) => {
  const topics = [1, 2, 3].map((index) => uniqueTopic(`Batch topic ${index}`));
  for (const topic of topics) await fakeModel.script(topic, [{ kind: 'stream', text: quickPost(topic), chunkSize: 20, delayMs: 40 }]);

  await page.goto('/batches');
  await page.getByLabel('Topics, one per line').fill(topics.join('\n'));
  await expect(page.getByTestId('topic-check')).toContainText('3 topics ready');
  await page.getByRole('button', { name: 'Write 3 posts' }).click();

  await expect(page).toHaveURL(/\/batches\/[^/]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(topics[0] ?? '');
  const progress = page.getByRole('progressbar', { name: 'Topics done' });
  await expect(progress).toHaveAttribute('aria-valuemax', '3');
  await expect(progress).toHaveAttribute('aria-valuenow', '3', { timeout: 30_000 });
  await expect(page.getByTestId('batch-counts')).toContainText('3 / 3 done');
  await expect(page.getByTestId('batch-stats')).toContainText('Finished');

  const rows = page.getByTestId('batch-job');
  await expect(rows).toHaveCount(3);
  for (const [index, topic] of topics.entries()) {
    const row = rows.nth(index);
    await expect(row).toHaveAttribute('data-status', 'done');
    await expect(row.getByTestId('job-words')).toContainText(/[1-9]\d* words/);
    await expect(row.getByRole('link', { name: `Quick guide to ${topic}` })).toHaveAttribute('href', /^\/drafts\/[^/]+$/);
  }

  await rows.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/drafts\/[^/]+$/);
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft');
  await expect(new EditorPage(page).title()).toHaveValue(`Quick guide to ${topics[1]}`);

  await page.goto('/batches');
  await expect(page.getByTestId('batch-row').first()).toContainText('3 / 3');
});

test('a failed topic says when and why it failed, with one badge, and is resumed where it is on the batch page', async ({
  page,
  fakeModel,
}) => {
  const refused = uniqueTopic('Refused at first');
  const fine = uniqueTopic('Written at once');
  await fakeModel.script(refused, [
    { kind: 'status', status: 401 },
    { kind: 'stream', text: quickPost(refused), chunkSize: 400 },
  ]);
  await fakeModel.script(fine, [{ kind: 'stream', text: quickPost(fine), chunkSize: 400 }]);

  await page.goto('/batches');
  await page.getByLabel('Topics, one per line').fill(`${refused}\n${fine}`);
  await page.getByRole('button', { name: 'Write 2 posts' }).click();
  await expect(page).toHaveURL(/\/batches\/[^/]+$/);

  const failedRow = page.getByTestId('batch-job').first();
  await expect(failedRow).toHaveAttribute('data-status', 'failed', { timeout: 20_000 });
  await expect(failedRow).toContainText(/Failed at \d{1,2}:\d{2}:\d{2}\s?[AP]M\./);
  await expect(failedRow).toContainText('ANTHROPIC_API_KEY');
  await expect(failedRow).not.toContainText('Interrupted');

  await failedRow.getByRole('button', { name: `Resume “${refused}”` }).click();
  await expect(page.getByTestId('batch-notice')).toContainText(`“${refused}” is queued again`);
  await expect(failedRow).toHaveAttribute('data-status', 'done', { timeout: 20_000 });
  await expect(failedRow.getByRole('link', { name: `Quick guide to ${refused}` })).toBeVisible();
  await expect(page.getByTestId('batch-counts')).toContainText('2 / 2 done');
});

test('the batch form warns about topics that already have a draft or repeat in the list', async ({ page, request, fakeModel }) => {
  const topic = uniqueTopic('Already written');
  await createFinishedDraft(request, fakeModel, topic);

  await page.goto('/batches');
  await page.getByLabel('Topics, one per line').fill(`A fresh topic\n  ${topic.toUpperCase()}?!\nA fresh topic.`);
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('Line 2');
  await expect(warning.getByRole('link', { name: `Quick guide to ${topic}` })).toBeVisible();
  await expect(warning).toContainText('same as line 1');
});

test('a CSV upload reports its bad rows by line and keeps the good ones', async ({ page }) => {
  const csv = ['topic,keywords,length', '"Tea, coffee and focus",caffeine,short', 'Bad length row,,medium', 'Sleep and memory,,long'].join(
    '\r\n',
  );
  await page.goto('/batches');
  await page.getByRole('radio', { name: 'Upload a CSV' }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'topics.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });

  const check = page.getByTestId('topic-check');
  await expect(check).toContainText('2 topics ready, 1 line left out');
  await expect(check).toContainText('Line 3: Length must be short, standard or long, not "medium".');
  await expect(page.getByRole('button', { name: 'Write 2 posts' })).toBeEnabled();
});
