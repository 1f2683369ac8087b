import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

test('deleting a draft from the editor asks first: Esc keeps it and returns focus, confirming deletes it', async ({
  page,
  request,
  fakeModel,
}) => {
  const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Delete from the editor'));
  const editor = new EditorPage(page);
  await editor.goto(id);

  await editor.deleteButton().click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor.deleteButton()).toBeFocused();
  expect((await request.get(`/api/drafts/${id}`)).status()).toBe(200);

  await editor.deleteButton().click();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.waitForURL(/\/drafts$/);
  expect((await request.get(`/api/drafts/${id}`)).status()).toBe(404);
});
