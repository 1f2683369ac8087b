import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';

test('importing a post that is already here asks first, then updates that draft instead of making a copy', async ({
  page,
  request,
  fakeModel,
}) => {
  const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Imported twice'));
  const { slug, title } = (await (await request.get(`/api/drafts/${id}`)).json()) as { slug: string; title: string };
  const fresh = uniqueTopic('A new post');
  const files = [
    {
      name: 'same.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(`---\ntitle: "Edited on my site"\nslug: ${slug}\n---\n\nNew text.\n`),
    },
    { name: 'new.md', mimeType: 'text/markdown', buffer: Buffer.from(`---\ntitle: "${fresh}"\n---\n\nAnother post.\n`) },
  ];

  await page.goto('/import');
  await page.getByLabel(/Drop \.md files/).setInputFiles(files);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByTestId('import-result');
  await expect(result).toContainText('1 draft imported.');
  const matches = page.getByTestId('import-matches');
  await expect(matches).toContainText('1 file matches a draft you already have');
  await expect(matches.getByRole('link', { name: title })).toHaveAttribute('href', `/drafts/${id}`);

  await matches.getByRole('button', { name: 'Update those drafts' }).click();
  await expect(result).toContainText('0 drafts imported, 1 draft updated.');
  const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { title: string; slug: string; content: string };
  expect(stored).toMatchObject({ title: 'Edited on my site', slug });
  expect(stored.content.trim()).toBe('New text.');
  const list = (await (await request.get(`/api/drafts?q=${encodeURIComponent(fresh)}`)).json()) as { items: { title: string }[] };
  expect(list.items.filter((item) => item.title === fresh)).toHaveLength(1);
});
