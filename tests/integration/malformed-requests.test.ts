import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './generation/harness';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let createRoute: typeof import('@/app/api/drafts/route');
let draftRoute: typeof import('@/app/api/drafts/[id]/route');
let healthRoute: typeof import('@/app/api/health/route');

beforeAll(async () => {
  harness = await startGenerationHarness();
  createRoute = await import('@/app/api/drafts/route');
  draftRoute = await import('@/app/api/drafts/[id]/route');
  healthRoute = await import('@/app/api/health/route');
});
afterAll(async () => harness?.close());

const noParams = { params: Promise.resolve({}) };

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost:3000/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', host: 'localhost:3000', ...headers },
    body,
  });
}

async function storedCount(): Promise<number> {
  return (await harness.drafts.listDrafts({ limit: 100 })).items.length;
}

const MALFORMED: { name: string; request: () => Request; status: number; code: string; message?: RegExp }[] = [
  { name: 'broken JSON', request: () => post('{"topic": "x"'), status: 400, code: 'invalid_json' },
  { name: 'JSON that is not an object', request: () => post('["topic"]'), status: 400, code: 'validation_failed' },
  { name: 'a number as topic', request: () => post('{"topic": 42}'), status: 400, code: 'validation_failed' },
  { name: 'null topic', request: () => post('{"topic": null}'), status: 400, code: 'validation_failed' },
  { name: 'an unknown length', request: () => post('{"topic": "ok", "length": "epic"}'), status: 400, code: 'validation_failed' },
  {
    name: 'a topic of only whitespace and zero-width spaces',
    request: () => post('{"topic": " \\u200b \\t\\n "}'),
    status: 400,
    code: 'validation_failed',
  },
  {
    name: 'a topic of only bidi controls',
    request: () => post('{"topic": "\\u202e\\u2066\\u200f\\u061c"}'),
    status: 400,
    code: 'validation_failed',
    message: /Type a topic for the post/,
  },
  {
    name: 'a topic of only combining marks',
    request: () => post('{"topic": "\\u0301\\u0308\\u20dd"}'),
    status: 400,
    code: 'validation_failed',
    message: /Type a topic for the post/,
  },
  {
    name: 'a topic with a lone surrogate',
    request: () => post('{"topic": "Broken \\ud800 text"}'),
    status: 400,
    code: 'validation_failed',
    message: /^topic: holds a broken character \(an unpaired UTF-16 surrogate\)/,
  },
  {
    name: 'a topic with a NUL byte',
    request: () => post('{"topic": "Null\\u0000byte"}'),
    status: 400,
    code: 'validation_failed',
    message: /^topic: holds a NUL character/,
  },
  { name: 'a 3 MB body', request: () => post(JSON.stringify({ topic: 'x'.repeat(3_000_000) })), status: 413, code: 'payload_too_large' },
  {
    name: 'a declared 10 MB body',
    request: () => post('{"topic": "x"}', { 'content-length': String(10_000_000) }),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'form data instead of JSON',
    request: () => post('topic=x', { 'content-type': 'application/x-www-form-urlencoded' }),
    status: 415,
    code: 'unsupported_media_type',
  },
  { name: 'another origin', request: () => post('{"topic": "x"}', { origin: 'https://evil.example' }), status: 403, code: 'forbidden' },
];

describe('malformed requests', () => {
  it.each(MALFORMED)('$name → $status $code, nothing stored, the server still healthy', async ({ request, status, code, message }) => {
    const before = await storedCount();
    const response = await createRoute.POST(request(), noParams);
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(10);
    if (message) expect(body.error.message).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/\bat .*\.(ts|js):\d+|prisma/i);
    expect(await storedCount()).toBe(before);
    expect((await healthRoute.GET(new Request('http://localhost:3000/api/health'), noParams)).status).toBe(200);
  });

  it('keeps unicode topics exactly: emoji, right-to-left text, combining marks', async () => {
    const topic = 'Café ☕ — 日本語 — עברית — e\u0301 — 🚀👩‍💻';
    harness.fake.script('Café', [
      { kind: 'stream', text: 'TITLE: Unicode\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\nBody.\n-EndOFText-' },
    ]);
    const response = await createRoute.POST(post(JSON.stringify({ topic })), noParams);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect((await harness.generation.generationSettled({ id })).topic).toBe(topic);
  });

  it('refuses an edit holding NUL or a lone surrogate, which could not be read back or imported again, and keeps the draft', async () => {
    harness.fake.script('Round trip', [
      { kind: 'stream', text: 'TITLE: Round trip\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\nBody.\n-EndOFText-' },
    ]);
    const created = (await (await createRoute.POST(post(JSON.stringify({ topic: 'Round trip' })), noParams)).json()) as { id: string };
    const draft = await harness.generation.generationSettled({ id: created.id });
    const edit = (body: string) =>
      draftRoute.PATCH(
        new Request(`http://localhost:3000/api/drafts/${draft.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', host: 'localhost:3000' },
          body,
        }),
        { params: Promise.resolve({ id: draft.id }) },
      );

    const withNul = await edit(`{"version": ${draft.version}, "content": "Body with \\u0000 inside."}`);
    expect(withNul.status).toBe(400);
    expect(((await withNul.json()) as { error: { message: string } }).error.message).toMatch(/^content: holds a NUL character/);
    const withSurrogate = await edit(`{"version": ${draft.version}, "tags": ["fine", "bro\\udc00ken"]}`);
    expect(withSurrogate.status).toBe(400);
    expect(((await withSurrogate.json()) as { error: { message: string } }).error.message).toMatch(/^tags\.1: holds a broken character/);

    const kept = await harness.drafts.getDraft({ id: draft.id });
    expect(kept.version).toBe(draft.version);
    expect(kept.content).toBe(draft.content);
  });

  it('answers 404 in the contract shape for a draft id that does not exist, including path tricks', async () => {
    for (const id of ['nope', '../../etc/passwd', '%00', "1' OR '1'='1"]) {
      const response = await draftRoute.GET(new Request(`http://localhost:3000/api/drafts/${encodeURIComponent(id)}`), {
        params: Promise.resolve({ id }),
      });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
