import type { Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/settings');
  }

  provider(name: 'anthropic' | 'openai') {
    return this.page.locator(`[data-testid="provider-section"][data-provider="${name}"]`);
  }

  model(id: string) {
    return this.page.locator(`[data-testid="settings-model"][data-id="${id}"]`);
  }

  testButton(model: string) {
    return this.page.getByRole('button', { name: `Test ${model}`, exact: true });
  }

  testResult(id: string) {
    return this.model(id).getByTestId('model-test-result');
  }

  categories() {
    return this.page.getByTestId('categories-section');
  }

  /** Adds a category to the list from the Categories section. */
  async addCategory(name: string) {
    await this.categories().getByLabel('New category').fill(name);
    await this.categories().getByRole('button', { name: 'Add category' }).click();
  }

  addedCategories() {
    return this.categories().getByRole('list', { name: 'Added categories' });
  }

  removeCategoryButton(name: string) {
    return this.categories().getByRole('button', { name: `Remove ${name}`, exact: true });
  }
}
