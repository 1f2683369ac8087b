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

  downloadLink() {
    return this.page.getByRole('link', { name: 'Download .md' });
  }
}
