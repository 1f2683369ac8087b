import type { APIResponse } from '@playwright/test';
import { FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { expect, test, uniqueTopic } from './fixtures';

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).not.toContain('unsafe-eval');
  for (const directive of [
    "default-src 'self'",
    "img-src 'self' https: http: data:",
    "style-src 'self' 'unsafe-inline'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]) {
    expect(policy).toContain(directive);
  }
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['permissions-policy']).toContain('camera=()');
}

test('pages and API responses carry the security headers, with a fresh nonce per page', async ({ request }) => {
  const first = await request.get('/');
  const second = await request.get('/');
  expectSecurityHeaders(first);
  expectSecurityHeaders(await request.get('/api/categories'));
  expectSecurityHeaders(await request.get('/api/drafts/no-such-draft'));
  const nonceOf = (response: APIResponse) => /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(first)).not.toBe(nonceOf(second));
  expect(await first.text()).toContain(`nonce="${nonceOf(first)}"`);
});

test('no script or style is blocked by the policy on the new post, drafts and draft pages while a post streams', async ({
  page,
  fakeModel,
  newPostPage,
  draftPage,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  const topic = uniqueTopic('Policy check');
  const body = Array.from(
    { length: 10 },
    (_, index) =>
      `## Part ${index + 1}\n\nText of part ${index + 1} with ![a picture](http://127.0.0.1:${FAKE_ANTHROPIC_PORT}/picture-${index}.png).\n`,
  );
  const text = [
    'TITLE: Checking the policy',
    'META_DESCRIPTION: No violations.',
    'TAGS: csp',
    'CATEGORIES: Tutorials',
    '',
    ...body,
    '-EndOFText-',
  ].join('\n');
  await fakeModel.script(topic, [{ kind: 'stream', text, chunkSize: 15, delayMs: 30 }]);

  await newPostPage.startPost(topic);
  await expect(draftPage.generationStatus()).toBeVisible();
  await expect(draftPage.preview()).toContainText('Part 2');
  await expect(draftPage.status()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });
  const draftUrl = page.url();

  await page.goto('/drafts');
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
  await page.goto(draftUrl);
  await expect(draftPage.preview()).toContainText('Text of part 10');
  await page.goto('/');
  await expect(newPostPage.topicBox()).toBeVisible();

  // Images from other origins are allowed; these ones 404, which is not a policy error.
  expect(problems.filter((problem) => !/Failed to load resource/.test(problem))).toEqual([]);
});
