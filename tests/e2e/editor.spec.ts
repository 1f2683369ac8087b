import { createFinishedDraft, expect, test, uniqueTopic } from './fixtures';
import { EditorPage } from './pages/editor-page';

test.describe('the draft editor', () => {
  test('saves every field on its own and keeps them across a reload', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Editing fields'));
    const editor = new EditorPage(page);
    await editor.goto(id);

    const title = 'A title of just the right length for search results ok';
    await editor.title().fill(title);
    await expect(editor.slug()).toHaveValue('a-title-of-just-the-right-length-for-search-results-ok');
    await expect(page.getByText(`${title.length} / 50–60`)).toBeVisible();
    await editor.meta().fill('A meta description written by hand.');
    await editor.tagInput().fill('handmade');
    await editor.tagInput().press('Enter');
    await editor.tags().getByRole('button', { name: 'Remove tag quick' }).click();
    await editor.categoryInput().fill('cloud comp');
    await editor.categoryInput().press('ArrowDown');
    await editor.categoryInput().press('Enter');
    await editor.body().click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n\nA closing line typed in the editor.');
    await expect(editor.preview()).toContainText('A closing line typed in the editor.');
    await editor.waitSaved();

    await page.reload();
    await expect(editor.title()).toHaveValue('A title of just the right length for search results ok');
    await expect(editor.meta()).toHaveValue('A meta description written by hand.');
    await expect(editor.tags()).toContainText('handmade');
    await expect(editor.tags()).not.toContainText('quick');
    await expect(editor.categories()).toContainText('Cloud Computing');
    await expect(editor.preview()).toContainText('A closing line typed in the editor.');
    const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { slug: string; tags: string[]; categories: string[] };
    expect(stored.slug).toBe('a-title-of-just-the-right-length-for-search-results-ok');
    expect(stored.tags).toEqual(['guide', 'handmade']);
    expect(stored.categories).toEqual(['Tutorials', 'Cloud Computing']);
  });

  test('a typed slug becomes a valid one, and a field too long to save holds back only itself', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Slug typing'));
    const editor = new EditorPage(page);
    await editor.goto(id);

    await editor.slug().fill('');
    await editor.slug().pressSequentially('Django VS flask!! 2026 ');
    await expect(editor.slug()).toHaveValue('django-vs-flask-2026-');
    await editor.meta().click();
    await expect(editor.slug()).toHaveValue('django-vs-flask-2026');
    await expect(page.locator('#slug-help')).toHaveText('What you type becomes lowercase letters, digits and single dashes.');

    const longTitle = `A title that goes on ${'and on '.repeat(45)}`;
    await editor.title().fill(longTitle);
    await expect(editor.title()).toHaveValue(longTitle);
    await expect(page.getByRole('alert').filter({ hasText: 'A title holds up to 300 characters' })).toBeVisible();
    await editor.meta().fill('Saved while the title is too long.');
    await expect
      .poll(async () => ((await (await request.get(`/api/drafts/${id}`)).json()) as { metaDescription: string }).metaDescription)
      .toBe('Saved while the title is too long.');
    await expect(editor.saveState()).toHaveAttribute('data-state', 'unsaved');
    const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { slug: string; title: string };
    expect(stored.slug).toBe('django-vs-flask-2026');
    expect(stored.title).not.toBe(longTitle);

    await editor.title().fill('A short title again');
    await editor.waitSaved();
    expect(((await (await request.get(`/api/drafts/${id}`)).json()) as { title: string }).title).toBe('A short title again');
  });

  test('changing an approved post asks whether it goes back to review', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Approved then edited'));
    const { version } = (await (await request.get(`/api/drafts/${id}`)).json()) as { version: number };
    expect((await request.patch(`/api/drafts/${id}`, { data: { version, status: 'approved' } })).status()).toBe(200);
    const editor = new EditorPage(page);
    await editor.goto(id);

    const prompt = page.getByTestId('approved-edit-prompt');
    await expect(prompt).toHaveCount(0);
    await editor.meta().fill('A late change to an approved post.');
    await expect(prompt).toContainText('This post is approved and you are changing it.');
    await prompt.getByRole('button', { name: 'Send back to review' }).click();
    await expect(page.getByRole('button', { name: 'Review', pressed: true })).toBeVisible();
    await expect(prompt).toHaveCount(0);
    const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { status: string; metaDescription: string };
    expect(stored).toMatchObject({ status: 'review', metaDescription: 'A late change to an approved post.' });
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('dialog', { name: 'History' }).getByTestId('revision-item').first()).toContainText(
      'Status: Approved → In review',
    );
  });

  test("keeping a changed approved post approved is the person's choice, and the history says so", async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Kept approved'));
    const { version } = (await (await request.get(`/api/drafts/${id}`)).json()) as { version: number };
    expect((await request.patch(`/api/drafts/${id}`, { data: { version, status: 'approved' } })).status()).toBe(200);
    const editor = new EditorPage(page);
    await editor.goto(id);

    await editor.meta().fill('A late change that stays approved.');
    const prompt = page.getByTestId('approved-edit-prompt');
    await prompt.getByRole('button', { name: 'Keep approved' }).click();
    await expect(prompt).toHaveCount(0);
    await expect
      .poll(async () => ((await (await request.get(`/api/drafts/${id}/revisions`)).json()) as { reason: string }[])[0]?.reason)
      .toBe('keep_approved');
    await editor.goto(id);
    await expect(editor.status()).toHaveAttribute('data-status', 'approved');
    await page.getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('dialog', { name: 'History' }).getByTestId('revision-item').first()).toContainText(
      'Kept approved after a change',
    );
  });

  test('text typed the moment the page opens, before the editor is ready, is kept and saved', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Early typing'));
    const editor = new EditorPage(page);
    // No wait for hydration, unlike editor.goto: a person types as soon as the field shows.
    await page.goto(`/drafts/${id}`, { waitUntil: 'commit' });
    await editor.meta().fill('Typed before the editor was ready.');
    await editor.body().waitFor({ state: 'attached' });
    await expect(editor.meta()).toHaveValue('Typed before the editor was ready.');
    await editor.waitSaved();
    await expect
      .poll(async () => ((await (await request.get(`/api/drafts/${id}`)).json()) as { metaDescription: string }).metaDescription)
      .toBe('Typed before the editor was ready.');
  });

  test('Ctrl/Cmd+S saves at once', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Keyboard save'));
    const editor = new EditorPage(page);
    await editor.goto(id);
    await editor.meta().fill('Saved with the keyboard.');
    await page.keyboard.press('ControlOrMeta+s');
    await editor.waitSaved();
    expect(((await (await request.get(`/api/drafts/${id}`)).json()) as { metaDescription: string }).metaDescription).toBe(
      'Saved with the keyboard.',
    );
  });

  test('a stale tab merges fields only the other tab changed, and asks only about a field both changed', async ({
    browser,
    request,
    fakeModel,
  }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Two tabs'));
    const context = await browser.newContext();
    const first = new EditorPage(await context.newPage());
    const second = new EditorPage(await context.newPage());
    await first.goto(id);
    await second.goto(id);
    await expect(first.page.getByTestId('other-tabs')).toContainText('Also open in another tab');
    await expect(second.page.getByTestId('other-tabs')).toContainText('Also open in another tab');

    await first.title().fill('Title from the first tab');
    await first.meta().fill('Meta from the first tab');
    await first.waitSaved();
    await second.title().fill('Title from the second tab');
    await second.body().click();
    await second.page.keyboard.press('ControlOrMeta+End');
    await second.page.keyboard.type('\n\nA line from the second tab.');

    const dialog = second.page.getByRole('dialog', { name: 'This draft was changed somewhere else' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('you both changed the title');
    await expect(dialog).toContainText('Title from the first tab');
    await expect(dialog).toContainText('Title from the second tab');
    await expect(dialog).not.toContainText('Meta from the first tab');
    await dialog.getByRole('button', { name: 'Keep mine' }).click();
    await second.waitSaved();
    await expect(second.meta()).toHaveValue('Meta from the first tab');
    const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { title: string; metaDescription: string; content: string };
    expect(stored).toMatchObject({ title: 'Title from the second tab', metaDescription: 'Meta from the first tab' });
    expect(stored.content).toContain('A line from the second tab.');

    // Only the meta description changed here: it merges without a question, and the title from the other tab shows.
    await first.meta().fill('The first tab again');
    await first.waitSaved();
    await expect(first.page.getByRole('dialog')).toHaveCount(0);
    await expect(first.title()).toHaveValue('Title from the second tab');
    expect(((await (await request.get(`/api/drafts/${id}`)).json()) as { metaDescription: string }).metaDescription).toBe(
      'The first tab again',
    );

    // Both change the title again: the first takes the saved value, and its other edit still saves.
    await second.title().fill('Second tab, third title');
    await second.waitSaved();
    await first.title().fill('First tab, third title');
    await first.meta().fill('Kept beside the saved title');
    const firstDialog = first.page.getByRole('dialog', { name: 'This draft was changed somewhere else' });
    await firstDialog.getByRole('button', { name: 'Use the saved value' }).click();
    await expect(first.title()).toHaveValue('Second tab, third title');
    await first.waitSaved();
    expect(((await (await request.get(`/api/drafts/${id}`)).json()) as { metaDescription: string }).metaDescription).toBe(
      'Kept beside the saved title',
    );
    await context.close();
  });

  test('history shows what changed and restores an earlier body', async ({ page, request, fakeModel }) => {
    const topic = uniqueTopic('History');
    const { id } = await createFinishedDraft(request, fakeModel, topic);
    const editor = new EditorPage(page);
    await editor.goto(id);
    await editor.body().click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Everything replaced.');
    await editor.waitSaved();
    await expect(editor.preview()).not.toContainText('The first paragraph');

    await editor.tagInput().fill('added-later');
    await editor.tagInput().press('Enter');
    await editor.waitSaved();

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    const items = dialog.getByTestId('revision-item');
    await expect(items.first()).toContainText('Before an edit to the tags');
    // The oldest version is the post as written; typing may have saved in more than one step since.
    await expect(items.last()).toContainText('Before an edit to the body');
    await items.last().click();
    await expect(dialog.getByTestId('revision-diff')).toContainText(`The first paragraph about ${topic}.`);
    await expect(dialog.getByTestId('revision-diff')).toContainText('Tags: quick, guide, added-later');
    await expect(dialog.getByTestId('restore-preview')).toHaveText(
      'Restoring it changes the tags and body; what they are now is kept in the history.',
    );
    await dialog.getByRole('button', { name: 'Restore this version' }).click();
    await expect(dialog).toBeHidden();
    await expect(editor.preview()).toContainText(`The first paragraph about ${topic}.`);
    await expect(editor.preview()).not.toContainText('Everything replaced.');
    await expect(editor.tags()).not.toContainText('added-later');
  });

  test('approval lists what is missing, then goes through draft → review → approved and back', async ({ page, request, fakeModel }) => {
    const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Approvals'));
    const editor = new EditorPage(page);
    await editor.goto(id);
    await editor.meta().fill('');
    await editor.waitSaved();

    await page.getByRole('button', { name: 'Approve' }).click();
    const refusal = page.getByRole('dialog', { name: 'Not ready for approval' });
    await expect(refusal).toContainText('a meta description');
    await page.keyboard.press('Escape');
    await expect(refusal).toBeHidden();
    await expect(editor.status()).toHaveAttribute('data-status', 'draft');

    await editor.meta().fill('Now the draft has a meta description.');
    await page.getByRole('button', { name: 'Review' }).click();
    await expect(editor.status()).toHaveAttribute('data-status', 'review');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect(editor.status()).toHaveAttribute('data-status', 'approved');
    await page.getByRole('button', { name: 'Draft' }).click();
    await expect(editor.status()).toHaveAttribute('data-status', 'draft');

    // The history names each move, newest first.
    await page.getByRole('button', { name: 'History' }).click();
    const items = page.getByRole('dialog', { name: 'History' }).getByTestId('revision-item');
    await expect(items.nth(0)).toContainText('Status: Approved → Draft');
    await expect(items.nth(1)).toContainText('Status: In review → Approved');
    await expect(items.nth(2)).toContainText('Status: Draft → In review');
  });
});

test('the SEO panel scores the draft and updates as the person types', async ({ page, request, fakeModel }) => {
  const { id } = await createFinishedDraft(request, fakeModel, uniqueTopic('Scoring'));
  const editor = new EditorPage(page);
  await editor.goto(id);
  const panel = page.getByTestId('seo-panel');
  const score = panel.getByTestId('seo-score');
  const metaCheck = panel.locator('[data-check="meta-description-length"]');

  await expect(metaCheck).toHaveAttribute('data-status', 'fail');
  await expect(metaCheck).toContainText('Meta description');
  const before = Number((await score.textContent())?.split(' ')[0]);

  await editor
    .meta()
    .fill('A meta description long enough for search results: it says what the post covers, who it is for and why it is worth a click.');
  await expect(metaCheck).toHaveAttribute('data-status', 'pass');
  await expect.poll(async () => Number((await score.textContent())?.split(' ')[0])).toBeGreaterThan(before);

  await editor.waitSaved();
  const stored = (await (await request.get(`/api/drafts/${id}`)).json()) as { seoScore: number };
  expect(stored.seoScore).toBe(Number((await score.textContent())?.split(' ')[0]));
});
