import type { Page } from '@playwright/test';

export class DraftsListPage {
  constructor(readonly page: Page) {}

  async goto(query = '') {
    await this.page.goto(`/drafts${query ? `?${query}` : ''}`);
  }

  searchBox() {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  tagBox() {
    return this.page.getByRole('textbox', { name: 'Tag' });
  }

  statusTab(label: string) {
    return this.page.getByRole('navigation', { name: 'Drafts by status' }).getByRole('link', { name: new RegExp(`^${label}\\b`) });
  }

  rows() {
    return this.page.getByTestId('draft-row');
  }

  row(text: string) {
    return this.rows().filter({ hasText: text });
  }

  async select(...texts: string[]) {
    for (const text of texts) await this.row(text).getByRole('checkbox').check();
  }

  selectAll() {
    return this.page.getByRole('checkbox', { name: 'Select all drafts on this page' });
  }

  bulkActions() {
    return this.page.getByTestId('bulk-actions');
  }

  bulkButton(name: string) {
    return this.bulkActions().getByRole('button', { name, exact: true });
  }

  downloadZip() {
    return this.bulkActions().getByRole('link', { name: 'Download zip' });
  }

  result() {
    return this.page.getByTestId('bulk-result');
  }

  confirmDialog() {
    return this.page.getByRole('dialog');
  }

  emptyState() {
    return this.page.getByTestId('drafts-empty');
  }
}
