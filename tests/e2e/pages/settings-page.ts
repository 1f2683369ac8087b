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
}
