import { describe, expect, it } from 'vitest';
import { refusal } from '@/lib/publish/remote';

const SITE = {
  name: 'The WordPress site at https://blog.example',
  refusedCredential: 'Wrong password: make a new one.',
  refusedRights: 'May not publish.',
};
const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('what a refused request tells the person', () => {
  it('a wrong credential and missing rights are connection problems to fix on Settings, with the site’s own words', () => {
    expect(refusal(answer(401), { code: 'rest_not_logged_in', message: 'You are not currently logged in.' }, SITE)).toMatchObject({
      code: 'connection_failed',
      status: 400,
      details: { problem: 'wrong_password' },
      message: 'Wrong password: make a new one. (the site said: “You are not currently logged in.”)',
    });
    expect(refusal(answer(403), { message: 'Sorry, you are not allowed to publish posts as this user.' }, SITE)).toMatchObject({
      code: 'connection_failed',
      details: { problem: 'cannot_publish' },
    });
  });

  it('a site that limits requests says how long to wait, and passes the wait on', () => {
    const limited = refusal(answer(429, { 'retry-after': '120' }), null, SITE);
    expect(limited).toMatchObject({ code: 'rate_limited', status: 429, headers: { 'Retry-After': '120' } });
    expect(limited.message).toMatch(/Wait 120 seconds/);
  });

  it('a failing site is the site’s fault, to try again later; another refusal says what the site said', () => {
    expect(refusal(answer(503), { errors: [{ message: 'Ghost is down for maintenance' }] }, SITE)).toMatchObject({
      code: 'publish_failed',
      status: 502,
      details: { problem: 'site_error' },
      message: expect.stringMatching(/HTTP 503.*Ghost is down for maintenance.*Try again later/),
    });
    expect(refusal(answer(400), { message: '<b>Invalid</b> parameter(s): status' }, SITE).message).toContain(
      '“Invalid parameter(s): status”',
    );
  });
});
