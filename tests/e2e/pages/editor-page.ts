import type { Page } from '@playwright/test';

export class EditorPage {
  constructor(readonly page: Page) {}

  async goto(id: string) {
    await this.page.goto(`/drafts/${id}`);
    await this.saveState().waitFor();
    // The body editor mounts only in the browser, after hydration: typing into the server-rendered fields before
    // then would be undone when React takes them over.
    await this.body().waitFor({ state: 'attached' });
  }

  title() {
    return this.page.getByLabel('Title', { exact: true });
  }

  meta() {
    return this.page.getByLabel('Meta description');
  }

  slug() {
    return this.page.getByLabel('Slug');
  }

  tagInput() {
    return this.page.getByTestId('tags-input').getByRole('combobox');
  }

  tags() {
    return this.page.getByTestId('tags-input').getByRole('list');
  }

  categoryInput() {
    return this.page.getByTestId('category-select').getByRole('combobox');
  }

  categories() {
    return this.page.getByTestId('category-select').getByRole('list');
  }

  body() {
    return this.page.getByRole('textbox', { name: 'Post body (Markdown)' });
  }

  preview() {
    return this.page.getByTestId('markdown-preview');
  }

  saveState() {
    return this.page.getByTestId('save-state');
  }

  async waitSaved() {
    await this.page.locator('[data-testid="save-state"][data-state="saved"]').waitFor();
  }

  status() {
    return this.page.getByTestId('status-badge').first();
  }

  deleteButton() {
    return this.page.getByRole('button', { name: 'Delete…', exact: true });
  }
}
