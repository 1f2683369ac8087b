import { test as base, expect } from '@playwright/test';
import { startEditorWidgets } from '../fixtures/editor-widgets/start';
import { EditorWidgetsPage } from './pages/editor-widgets-page';

// Each editor control on its own, in a page this worker builds and serves: test scaffolding, not part of the app.
const test = base.extend<{ widgets: EditorWidgetsPage }, { widgetsUrl: string }>({
  widgetsUrl: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const harness = await startEditorWidgets();
      await use(harness.url);
      await harness.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  widgets: async ({ page, widgetsUrl }, use) => use(new EditorWidgetsPage(page, widgetsUrl)),
});

test.beforeEach(async ({ widgets }) => {
  await widgets.goto();
});

test.describe('markdown code editor', () => {
  test('typing fires onChange, undo works and an outside value replaces the document', async ({ page }) => {
    const editor = page.getByRole('textbox', { name: 'Post body (Markdown)' });
    const length = page.getByTestId('editor-length');
    const firstLine = page.getByTestId('editor-first-line');
    const before = Number(await length.textContent());

    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' extra');
    await expect(length).toHaveText(String(before + 6));

    await page.keyboard.press('Control+Home');
    await page.keyboard.type('X');
    await expect(firstLine).toHaveText('X# Choosing a Python web framework');
    await page.keyboard.press('Control+z');
    await expect(firstLine).toHaveText('# Choosing a Python web framework');

    await page.getByRole('button', { name: 'Replace from outside' }).click();
    await expect(firstLine).toHaveText('# Restored revision');
    await expect(editor).toContainText('This text replaced the document from outside the editor.');
    await expect(editor).not.toContainText('Choosing a Python');

    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('!');
    await expect(length).toHaveText(String('# Restored revision\n\nThis text replaced the document from outside the editor.\n!'.length));
  });

  test('stays responsive in a 10,000-word post and syncs scrolling without feedback', async ({ page }) => {
    await page.getByRole('radio', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Load a 10,000-word post' }).click();
    const length = page.getByTestId('editor-length');
    await expect(page.getByTestId('editor-first-line')).toHaveText('# A very long post');
    const before = Number(await length.textContent());
    expect(before).toBeGreaterThan(60_000);

    const editor = page.getByRole('textbox', { name: 'Post body (Markdown)' });
    await editor.click();
    // CodeMirror only renders the lines in view.
    expect(await page.locator('.cm-line').count()).toBeLessThan(200);
    await page.keyboard.type('quick typing test', { delay: 0 });
    await expect(length).toHaveText(String(before + 17));

    const scroller = page.locator('[data-testid="markdown-code-editor"] .cm-scroller');
    await page.getByRole('button', { name: 'Scroll editor to middle' }).click();
    await expect.poll(() => scroller.evaluate((element) => element.scrollTop)).toBeGreaterThan(1_000);
    // The programmatic scroll is not reported back as a scroll of the editor: once the scroll event it caused
    // has been handled (the harness renders where it left the editor with whatever the editor reported)…
    await expect
      .poll(async () => Number.parseInt((await page.getByTestId('editor-scroll-event-top').textContent()) ?? '0', 10))
      .toBeGreaterThan(1_000);
    // …the reported ratio is still the one from before; read once, not retried until it matches.
    expect(await page.getByTestId('editor-scroll-ratio').textContent()).toBe('0.00');

    await scroller.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(page.getByTestId('editor-scroll-ratio')).toHaveText('1.00');
  });

  test('checks spelling, and Mod-f finds and replaces text scrolled out of view', async ({ page }) => {
    await page.getByRole('radio', { name: 'Edit' }).click();
    await page.getByRole('button', { name: 'Load a 10,000-word post' }).click();
    const editor = page.getByRole('textbox', { name: 'Post body (Markdown)' });
    await expect(editor).toHaveAttribute('spellcheck', 'true');
    await editor.click();
    await page.keyboard.press('Control+Home');
    // Far below the fold, so CodeMirror has not drawn it and the browser's own find could not see it.
    const farLine = page.locator('.cm-line', { hasText: '## Section 97' });
    await expect(farLine).toHaveCount(0);

    await page.keyboard.press('ControlOrMeta+f');
    const find = page.getByRole('textbox', { name: 'Find' });
    await expect(find).toBeFocused();
    // Typed, not filled: the panel takes the query on key up, as a person types it.
    await find.pressSequentially('## Section 97');
    await page.keyboard.press('Enter');
    await expect(farLine).toBeInViewport();
    await expect(page.locator('.cm-line', { hasText: '# A very long post' })).not.toBeInViewport();

    await page.getByRole('textbox', { name: 'Replace' }).pressSequentially('## Chapter 97');
    await page.getByRole('button', { name: 'replace', exact: true }).click();
    await expect(page.locator('.cm-line', { hasText: '## Chapter 97' })).toBeInViewport();
    await expect(farLine).toHaveCount(0);
  });
});

test.describe('tags input', () => {
  test('adds, de-duplicates and removes tags by keyboard', async ({ page, widgets }) => {
    const input = page.getByRole('combobox', { name: 'Tags' });
    await input.click();
    await input.pressSequentially('Flask');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python', 'django', 'Flask']);

    await input.pressSequentially('  PYTHON , web apps,');
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python', 'django', 'Flask', 'web apps']);
    await expect(input).toHaveValue('');

    await page.keyboard.type('   ');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Backspace');
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python', 'django', 'Flask']);

    await page.getByRole('button', { name: 'Remove tag django' }).click();
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python', 'Flask']);
    await expect(input).toBeFocused();
  });

  test('renames a chip inline with Enter, cancels with Escape', async ({ page, widgets }) => {
    const chip = page.getByRole('button', { name: 'Rename tag python' });
    await chip.focus();
    await page.keyboard.press('Enter');
    const rename = page.getByRole('textbox', { name: 'New name for tag python' });
    await expect(rename).toBeFocused();
    await page.keyboard.type('python3');
    await page.keyboard.press('Enter');
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python3', 'django']);
    await expect(page.getByRole('button', { name: 'Rename tag python3' })).toBeFocused();

    await page.getByRole('button', { name: 'Rename tag django' }).dblclick();
    await page.getByRole('textbox', { name: 'New name for tag django' }).fill('flask');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Rename tag django' })).toBeFocused();
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python3', 'django']);
  });

  test('suggests matching tags in a listbox chosen with the arrow keys', async ({ page, widgets }) => {
    const input = page.getByRole('combobox', { name: 'Tags' });
    await input.click();
    await page.keyboard.press('ArrowDown');
    const listbox = page.getByRole('listbox', { name: 'Tags suggestions' });
    await expect(listbox).toBeVisible();
    await expect(listbox.getByRole('option')).toHaveCount(8);
    await expect(listbox.getByRole('option', { name: 'python', exact: true })).toHaveCount(0);

    await input.pressSequentially('WEB');
    await expect(listbox.getByRole('option')).toHaveText(['web development', 'web frameworks']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(listbox.getByRole('option', { name: 'web frameworks' })).toHaveAttribute('aria-selected', 'true');
    await expect(input).toHaveAttribute('aria-activedescendant', /option-1$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => widgets.valueOf('tags-value')).toEqual(['python', 'django', 'web frameworks']);
    await expect(listbox).toBeHidden();
  });
});

test.describe('category select', () => {
  test('searches and toggles fixed categories by keyboard, never free text', async ({ page, widgets }) => {
    const input = page.getByRole('combobox', { name: 'Categories' });
    const listbox = page.getByRole('listbox', { name: 'Categories' });
    await input.click();
    await input.pressSequentially('data');
    await expect(listbox.getByRole('option')).toHaveText(['Data Science', 'Data Privacy and Protection', 'Database Management']);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect.poll(() => widgets.valueOf('categories-value')).toEqual(['Tutorials', 'Data Science']);
    await expect(listbox.getByRole('option', { name: 'Data Science' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => widgets.valueOf('categories-value')).toEqual(['Tutorials', 'Data Science', 'Data Privacy and Protection']);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Space');
    await expect.poll(() => widgets.valueOf('categories-value')).toEqual(['Tutorials', 'Data Privacy and Protection']);

    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(input).toHaveValue('');

    // Space types while searching; a single match is toggled by Enter.
    await input.pressSequentially('cloud hosting');
    await expect(listbox.getByRole('option')).toHaveText(['Cloud Hosting and Services']);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => widgets.valueOf('categories-value'))
      .toEqual(['Tutorials', 'Data Privacy and Protection', 'Cloud Hosting and Services']);

    await input.fill('');
    await input.pressSequentially('Not A Category');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'No category matches' })).toBeVisible();
    await expect
      .poll(() => widgets.valueOf('categories-value'))
      .toEqual(['Tutorials', 'Data Privacy and Protection', 'Cloud Hosting and Services']);

    await page.getByRole('button', { name: 'Remove category Tutorials' }).click();
    await expect.poll(() => widgets.valueOf('categories-value')).toEqual(['Data Privacy and Protection', 'Cloud Hosting and Services']);
  });
});

test('the character counter colours the length against its range', async ({ page }) => {
  const counter = page.getByTestId('char-counter');
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(counter).toHaveAttribute('aria-live', 'polite');
  await title.fill('x'.repeat(55));
  await expect(counter).toContainText('55 / 50–60');
  await expect(counter).toHaveAttribute('data-state', 'within');
  await title.fill('x'.repeat(65));
  await expect(counter).toHaveAttribute('data-state', 'close');
  await title.fill('x'.repeat(20));
  await expect(counter).toHaveAttribute('data-state', 'outside');
});

test('the revision diff shows added and removed lines and folds unchanged runs', async ({ page }) => {
  const diff = page.getByTestId('revision-diff');
  await expect(diff.locator('[data-kind="removed"]')).toContainText(['This sentence was removed entirely.']);
  await expect(diff.locator('[data-kind="added"]').last()).toContainText('A brand new closing line.');
  await expect(diff.locator('[data-kind="added"] mark').first()).toHaveText(/^\s*in 2026$/);
  await expect(diff).not.toContainText('Unchanged line 6 of the introduction.');
  await diff.getByRole('button', { name: '… 7 unchanged lines …' }).click();
  await expect(diff).toContainText('Unchanged line 6 of the introduction.');
});

test('the dialog closes with Escape and returns focus', async ({ page }) => {
  const opener = page.getByRole('button', { name: 'Open dialog' });
  const dialog = page.getByRole('dialog', { name: 'Restore this revision?' });
  await opener.click();
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Note' })).toBeFocused();
  await page.keyboard.type('because');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dialog-result')).toHaveText('dismissed');
  await expect(opener).toBeFocused();

  await opener.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('dialog-result')).toHaveText('restored');
  await expect(opener).toBeFocused();
});

test('the view mode toggle moves with the arrow keys', async ({ page }) => {
  const group = page.getByRole('radiogroup', { name: 'View mode' });
  const split = group.getByRole('radio', { name: 'Split' });
  await expect(split).toHaveAttribute('aria-checked', 'true');
  await split.focus();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Preview' })).toBeFocused();
  await expect(group.getByRole('radio', { name: 'Preview' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByTestId('view-mode-value')).toHaveText('preview');
  await expect(page.getByTestId('markdown-code-editor')).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(group.getByRole('radio', { name: 'Edit' })).toBeFocused();
  await expect(page.getByTestId('harness-preview')).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('view-mode-value')).toHaveText('preview');
  await page.keyboard.press('End');
  await expect(page.getByTestId('view-mode-value')).toHaveText('preview');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('view-mode-value')).toHaveText('edit');
  await expect(group.getByRole('radio', { name: 'Split' })).toHaveAttribute('tabindex', '-1');
});
