import type { Page } from '@playwright/test';

/** The Publish section of a draft's page. */
export class PublishPanel {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByRole('region', { name: 'Publish' });
  }

  status(label: 'As a draft' | 'Scheduled' | 'Published') {
    return this.section().getByRole('radio', { name: label });
  }

  publishButton() {
    return this.section().getByRole('button', { name: /^(Publish|Update on the site)$/ });
  }

  result() {
    return this.page.getByTestId('publish-result');
  }

  publication() {
    return this.page.getByTestId('publication');
  }
}
