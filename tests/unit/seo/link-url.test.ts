import { describe, expect, it } from 'vitest';
import { findUrlProblem } from '@/lib/seo/link-url';

describe('findUrlProblem', () => {
  it.each<[string, string | null]>([
    ['https://example.com', null],
    ['https://example.com/a?b=c#d', null],
    ['https://sub.example.co.uk:8443/x', null],
    ['https://user@example.com', null],
    ['https://münchen.de', null],
    ['https://localhost:3000/x', null],
    ['https://127.0.0.1/x', null],
    ['/guides/compost', null],
    ['../up', null],
    ['#faq', null],
    ['page.html', null],
    ['//cdn.example.com/x.js', null],
    ['mailto:hi@example.com', null],
    ['tel:+123456', null],
    ['ftp://files.example.com', null],
    ['http://example.com', 'insecure: http:// instead of https://'],
    ['javascript:alert(1)', 'unsafe: javascript: URL'],
    [' JAVASCRIPT:void(0)', 'unsafe: javascript: URL'],
    ['vbscript:x', 'unsafe: vbscript: URL'],
    ['data:text/html,x', 'unsafe: data: URL'],
    ['', 'malformed: empty URL'],
    ['https://exa mple.com', 'malformed: space in URL'],
    ['https://', 'malformed: no valid host'],
    ['https://example', 'malformed: no valid host'],
    ['https:/example.com', 'malformed: no valid host'],
    ['https://-bad-.com', 'malformed: no valid host'],
    ['www.example.com', 'malformed: missing https://'],
    ['https//example.com', 'malformed: missing https://'],
    ['example.com/page', 'malformed: missing https://'],
    ['htps://example.com', 'malformed: unknown scheme "htps:"'],
    ['mailto:nobody', 'malformed: mailto: without an address'],
  ])('%j → %s', (url, expected) => {
    const problem = findUrlProblem(url);
    expect(problem && `${problem.kind}: ${problem.reason}`).toBe(expected);
  });
});
