import { createFinishedDraft, expect, quickPost, test, uniqueTopic } from './fixtures';

// On a phone a page that is wider than the screen scrolls sideways and cuts off its right edge: a long
// title in a list must be shortened, not widen the page.
test.use({ viewport: { width: 390, height: 844 } });

test('no page scrolls sideways on a 390 px phone, with a long draft title in the lists', async ({ page, request, fakeModel }) => {
  const topic = uniqueTopic('A remarkably long topic about composting kitchen scraps in very small apartments');
  const { id } = await createFinishedDraft(request, fakeModel, topic, quickPost(`${topic} with a title that goes on and on`));

  for (const path of ['/', '/batches', '/drafts', `/drafts/${id}`, '/import']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(390);
  }
});

test('on a 390 px phone the tab of the drafts shown is in view, even the last of the row', async ({ page }) => {
  const tabs = page.getByRole('navigation', { name: 'Drafts by status' });
  // Within the screen's width (the row scrolls sideways; its underline sits a pixel below the row).
  const expectOnScreen = async (name: RegExp) => {
    const tab = tabs.getByRole('link', { name });
    await expect(tab).toHaveAttribute('aria-current', 'page');
    await expect
      .poll(async () => {
        const box = await tab.boundingBox();
        return box !== null && box.x >= 0 && box.x + box.width <= 390;
      })
      .toBe(true);
  };

  await page.goto('/drafts?status=interrupted&interruption=failed');
  await expectOnScreen(/^Failed/);
  await tabs.getByRole('link', { name: /^All/ }).click();
  await expectOnScreen(/^All/);
});
