import type { Page } from '@playwright/test';

/** The editor widgets harness (tests/fixtures/editor-widgets), served apart from the app. */
export class EditorWidgetsPage {
  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {}

  async goto() {
    await this.page.goto(this.url);
    await this.page.getByRole('heading', { name: 'Editor widgets' }).waitFor();
  }

  /** The JSON a harness `<output>` shows, e.g. the tags input's current value. */
  async valueOf(testId: string): Promise<unknown> {
    return JSON.parse((await this.page.getByTestId(testId).textContent()) ?? 'null');
  }
}
