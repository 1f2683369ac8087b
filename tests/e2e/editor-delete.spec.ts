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

test('a deleted draft waits in the Trash and comes back as it was with Restore', async ({ page, request, fakeModel }) => {
  const topic = uniqueTopic('Back from the Trash');
  const { id } = await createFinishedDraft(request, fakeModel, topic);
  const editor = new EditorPage(page);
  await editor.goto(id);
  await editor.meta().fill('Edited before it was deleted.');
  await editor.waitSaved();
  await editor.deleteButton().click();
  const dialog = page.getByRole('dialog', { name: 'Delete this draft?' });
  await expect(dialog).toContainText('go to the Trash, where you can restore them for 30 days');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.waitForURL(/\/drafts$/);

  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  const row = page.getByTestId('trashed-draft').filter({ hasText: `Quick guide to ${topic}` });
  await expect(row).toContainText(/gone for good on/);
  await row.getByRole('button', { name: `Restore “Quick guide to ${topic}”` }).click();
  await expect(page.getByTestId('trash-notice')).toContainText(`“Quick guide to ${topic}” is back among your drafts.`);
  await page.getByTestId('trash-notice').getByRole('link', { name: 'Open it' }).click();
  await expect(editor.meta()).toHaveValue('Edited before it was deleted.');
});
