import { describe, expect, it } from 'vitest';
import { costOf, isLocalEndpoint, priceOf, pricingFor } from '@/lib/batch/prices';
import { batchProgress } from '@/lib/batch/progress';
import type { BatchView } from '@/lib/batch/view';

describe('a local endpoint', () => {
  it('is one on loopback, a private network or a name no public DNS answers', () => {
    const local = [
      'http://localhost:11434/v1',
      'http://127.0.0.1:1234/v1',
      'http://[::1]:8000/v1',
      'http://[::ffff:127.0.0.1]:8000/v1',
      'http://10.0.0.5:11434/v1',
      'http://172.20.1.2/v1',
      'http://192.168.1.20:11434/v1',
      'http://100.101.102.103:11434/v1',
      'http://[fd12:3456::1]:8000/v1',
      'http://host.docker.internal:11434/v1',
      'http://ollama:11434/v1',
      'http://gpu-box.local:8000/v1',
    ];
    const remote = [
      'https://openrouter.ai/api/v1',
      'https://api.together.xyz/v1',
      'http://8.8.8.8/v1',
      'http://172.32.0.1/v1',
      'http://[2001:db8::1]/v1',
      'not a url',
      undefined,
    ];
    expect(local.filter((url) => !isLocalEndpoint(url))).toEqual([]);
    expect(remote.filter((url) => isLocalEndpoint(url))).toEqual([]);
  });
});

describe('prices per model', () => {
  const local = pricingFor('http://localhost:11434/v1');
  const gateway = pricingFor('https://openrouter.ai/api/v1');

  it('prices Claude from the table whatever the endpoint, by choice or as a draft stores it', () => {
    expect(priceOf({ provider: 'anthropic', model: 'claude-sonnet-5-5' }, local)).toEqual({ input: 2, output: 10 });
    expect(priceOf('claude-sonnet-5-5', gateway)).toEqual({ input: 2, output: 10 });
  });

  it('makes a local model free and leaves any other model of an endpoint at tokens only', () => {
    expect(costOf({ provider: 'openai', model: 'qwen3:8b', inputTokens: 5_000, outputTokens: 9_000 }, local)).toBe(0);
    expect(costOf({ model: 'openai:qwen3:8b', inputTokens: 5_000, outputTokens: 9_000 }, local)).toBe(0);
    expect(
      costOf({ provider: 'openai', model: 'anthropic/claude-sonnet-4.5', inputTokens: 10, outputTokens: 10 }, gateway),
    ).toBeUndefined();
    expect(costOf({ provider: 'openai', model: 'qwen3:8b', inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });

  it('totals a batch written on a local model as free, and one on a gateway as tokens only', () => {
    const draft = {
      id: 'd',
      status: 'draft' as const,
      title: '',
      wordCount: 0,
      model: 'openai:qwen3:8b',
      inputTokens: 10,
      outputTokens: 20,
      error: null,
    };
    const batch: BatchView = {
      id: 'b',
      name: 'b',
      createdById: null,
      createdAt: '',
      options: { keywords: '', tone: '', audience: '', length: 'standard', language: '' },
      concurrency: 1,
      counts: { queued: 0, running: 0, done: 1, failed: 0, cancelled: 0 },
      jobs: [
        {
          id: 'j',
          position: 1,
          topic: 't',
          keywords: '',
          tone: '',
          audience: '',
          length: 'standard',
          status: 'done',
          attempts: 1,
          lastError: null,
          nextAttemptAt: '',
          startedAt: null,
          finishedAt: null,
          draft,
        },
      ],
    };
    expect(batchProgress(batch, local)).toMatchObject({ inputTokens: 10, outputTokens: 20, cost: 0 });
    expect(batchProgress(batch, gateway).cost).toBeNull();
  });
});
