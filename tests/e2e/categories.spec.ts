import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';
import { SettingsPage } from './pages/settings-page';

test('a category added in Settings can be picked in a draft, and removing it leaves the draft as it is', async ({
  page,
  request,
  fakeModel,
}) => {
  const category = uniqueTopic('Local Events');
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.addCategory(category);
  await expect(settings.addedCategories()).toContainText(category);
  const listed = (await (await request.get('/api/categories')).json()) as string[];
  expect(listed.slice(0, 2)).toEqual(['News', 'Reviews']);
  expect(listed.at(-1)).toBe(category);

  const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Custom category'));
  const editor = new EditorPage(page);
  await editor.goto(id);
  await editor.categoryInput().fill(category.toLowerCase());
  await editor.categoryInput().press('ArrowDown');
  await editor.categoryInput().press('Enter');
  await expect(editor.categories()).toContainText(category);
  await editor.waitSaved();
  const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { categories: string[] };
  expect(stored.categories).toEqual(['Tutorials', category]);

  await settings.goto();
  await settings.removeCategoryButton(category).click();
  await expect(settings.categories()).toContainText(`Removed “${category}”.`);
  expect((await (await request.get('/api/categories')).json()) as string[]).not.toContain(category);
  expect(((await (await request.get(`/api/drafts/${id}`)).json()) as { categories: string[] }).categories).toContain(category);
});
