import type { Page } from '@playwright/test';

export class NewPostPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
  }

  topicBox() {
    return this.page.getByLabel('Topic');
  }

  async startPost(topic: string) {
    await this.goto();
    await this.topicBox().fill(topic);
    await this.page.getByRole('button', { name: 'Write the post' }).click();
    await this.page.waitForURL(/\/drafts\/[^/]+$/);
  }
}
