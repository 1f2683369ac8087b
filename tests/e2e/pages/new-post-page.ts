import type { Page } from '@playwright/test';

export class NewPostPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
  }

  topicBox() {
    return this.page.getByLabel('Topic');
  }

  /** The model picker: a select when more than one model is offered. */
  modelPicker() {
    return this.page.getByRole('combobox', { name: 'Model' });
  }

  async startPost(topic: string, { model }: { model?: string } = {}) {
    await this.goto();
    if (model) await this.modelPicker().selectOption(model);
    await this.topicBox().fill(topic);
    await this.page.getByRole('button', { name: 'Write the post' }).click();
    await this.page.waitForURL(/\/drafts\/[^/]+$/);
  }
}
