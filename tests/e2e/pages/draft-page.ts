import type { Page } from '@playwright/test';

export class DraftPage {
  constructor(readonly page: Page) {}

  title() {
    return this.page.getByTestId('field-title');
  }

  preview() {
    return this.page.getByTestId('markdown-preview');
  }

  status() {
    return this.page.getByTestId('status-badge').first();
  }

  generationStatus() {
    return this.page.getByTestId('generation-status');
  }

  tags() {
    return this.page.getByTestId('field-tags');
  }

  categories() {
    return this.page.getByTestId('field-categories');
  }

  /** One figure under the finished draft: `model`, `cost`, `tokens`, `words`… */
  stat(name: string) {
    return this.page.getByTestId(`generation-stat-${name}`).getByRole('definition');
  }

  /** The export controls open from the header's Export… button, in a dialog. */
  async openExport() {
    await this.page.getByRole('button', { name: 'Export…', exact: true }).click();
    return this.page.getByRole('dialog', { name: 'Export' });
  }

  downloadLink() {
    return this.page.getByRole('dialog', { name: 'Export' }).getByRole('link', { name: 'Download .md' });
  }
}
