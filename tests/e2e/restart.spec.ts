import { APP_PORT, FAKE_ANTHROPIC_PORT } from '../../playwright.config';
import { AppProcess } from './app-process';
import { expect, test, uniqueTopic } from './fixtures';

const PORT = APP_PORT + 1;

function longPost(topic: string): string {
  const sections = Array.from(
    { length: 40 },
    (_, index) => `## Step ${index + 1}\n\nStep ${index + 1} of ${topic} is explained here in full.\n`,
  );
  return [
    `TITLE: Surviving crashes with ${topic}`,
    'META_DESCRIPTION: Nothing is lost.',
    'TAGS: crash, restart',
    'CATEGORIES: Tutorials',
    '',
    ...sections,
    'Done.',
    '-EndOFText-',
  ].join('\n');
}

type StoredDraft = { id: string; status: string; raw: string; error: string | null };

/** A second app server on its own database, for tests that kill it; checkpoints every `checkpointMs`. */
function appWithOwnDatabase(name: string, checkpointMs: number): AppProcess {
  return new AppProcess(PORT, {
    DATABASE_URL: AppProcess.freshDatabase(name),
    ANTHROPIC_API_KEY: 'test-key',
    ANTHROPIC_BASE_URL: `http://127.0.0.1:${FAKE_ANTHROPIC_PORT}`,
    GENERATION_CHECKPOINT_MS: String(checkpointMs),
    // A restarted server takes over its predecessor's generations once their lease lapses.
    GENERATION_LEASE_MS: '3000',
  });
}

async function startPost(app: AppProcess, topic: string): Promise<string> {
  const created = await fetch(`${app.baseUrl}/api/drafts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic }),
  });
  expect(created.status).toBe(201);
  return ((await created.json()) as StoredDraft).id;
}

test('a server killed with SIGKILL mid-stream loses at most the last checkpoint, and on restart finishes the post itself', async ({
  page,
  fakeModel,
}) => {
  test.setTimeout(120_000);
  const app = appWithOwnDatabase('e2e-restart.db', 300);
  const topic = uniqueTopic('Crash safety');
  const text = longPost(topic);
  await fakeModel.script(topic, [{ kind: 'post', text, chunkSize: 8, delayMs: 20 }]);

  await app.start();
  try {
    const id = await startPost(app, topic);
    const read = async () => (await (await fetch(`${app.baseUrl}/api/drafts/${id}`)).json()) as StoredDraft;

    let checkpointed = '';
    await expect
      .poll(
        async () => {
          checkpointed = (await read()).raw;
          return checkpointed.length;
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(400);
    await app.kill('SIGKILL');

    // Once the dead server's lease lapses, the restarted one takes the generation over from its saved text and
    // continues it: nobody presses Resume.
    await fakeModel.script(topic, [{ kind: 'post', text, seam: 'repeat-words', chunkSize: 200, delayMs: 50 }]);
    await app.start();
    const afterRestart = await read();
    expect(afterRestart.raw.startsWith(checkpointed)).toBe(true);
    expect(text.startsWith(afterRestart.raw)).toBe(true);

    await page.goto(`${app.baseUrl}/drafts/${id}`);
    await expect(page.getByTestId('status-badge').first()).toHaveAttribute('data-status', 'draft', { timeout: 30_000 });
    await expect(page.getByTestId('markdown-preview')).toContainText('Step 40 of');

    const finished = await read();
    expect(finished.raw).toBe(text);
    // The default model refuses a prefill: the text so far went to it in a user turn.
    // Other tests' servers may ask the shared fake too: this post's requests are the ones naming its topic.
    const continued = (await fakeModel.requests())
      .filter((request) => request.text.includes(topic))
      .at(-1)
      ?.messages.at(-1);
    expect(continued?.role).toBe('user');
  } finally {
    await app.kill('SIGTERM');
  }
});

/** Reads a draft's event stream until `chars` characters of text have arrived. */
async function readStreamedText(url: string, chars: number): Promise<string> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let text = '';
  while (text.length < chars) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    const frames = buffer.split('\n\n');
    buffer = frames.pop() ?? '';
    for (const frame of frames) {
      if (!frame.startsWith('event: delta')) continue;
      text += (JSON.parse(frame.slice(frame.indexOf('data: ') + 6)) as { text: string }).text;
    }
  }
  controller.abort();
  return text;
}

test('SIGTERM during a generation saves the text written so far before the server exits', async ({ fakeModel }) => {
  test.setTimeout(120_000);
  // No timed checkpoint can happen before the signal: only the shutdown path can have saved the text.
  const app = appWithOwnDatabase('e2e-sigterm.db', 600_000);
  const topic = uniqueTopic('Graceful stops');
  const text = longPost(topic);
  await fakeModel.script(topic, [{ kind: 'stream', text, chunkSize: 8, delayMs: 20 }]);
  await app.start();
  try {
    const id = await startPost(app, topic);
    const seen = await readStreamedText(`${app.baseUrl}/api/drafts/${id}/stream?offset=0`, 600);
    expect(seen.length).toBeLessThan(2048);
    await app.kill('SIGTERM');

    await app.start();
    const stored = (await (await fetch(`${app.baseUrl}/api/drafts/${id}`)).json()) as StoredDraft;
    expect(stored.status).toBe('interrupted');
    expect(stored.error).toMatch(/server stopped/i);
    expect(stored.raw.startsWith(seen)).toBe(true);
    expect(text.startsWith(stored.raw)).toBe(true);
  } finally {
    await app.kill('SIGTERM');
  }
});
