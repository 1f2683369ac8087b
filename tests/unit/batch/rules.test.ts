import { describe, expect, it } from 'vitest';
import { normaliseTopic } from '@/lib/batch/normalise';
import { costOf, priceOf } from '@/lib/batch/prices';
import { batchProgress } from '@/lib/batch/progress';
import { isRetryable, retryDelayMs } from '@/lib/batch/retry-policy';
import type { BatchJobView, BatchView } from '@/lib/batch/view';
import { INTERRUPTIONS } from '@/lib/drafts/draft';

describe('normaliseTopic', () => {
  it('ignores case, spacing and punctuation', () => {
    expect(normaliseTopic('  What’s NEW in   Node.js 24? ')).toBe(normaliseTopic('whats new in node js 24'));
    expect(normaliseTopic('E-commerce: a guide!')).toBe('e commerce a guide');
    expect(normaliseTopic('Rust')).not.toBe(normaliseTopic('Trust'));
  });
});

describe('the retry policy', () => {
  it('retries an API that kept failing and a failed save, not a refused request, a Stop or a restart', () => {
    expect(INTERRUPTIONS.filter((interruption) => isRetryable(interruption))).toEqual(['api_failed', 'save_failed']);
    expect(isRetryable(null)).toBe(false);
  });

  it('backs off exponentially from five times the base, with jitter, up to five minutes', () => {
    const middle = () => 0.5;
    expect([1, 2, 3].map((attempt) => retryDelayMs({ attempt, baseMs: 2000, random: middle }))).toEqual([10_000, 20_000, 40_000]);
    expect(retryDelayMs({ attempt: 1, baseMs: 2000, random: () => 0 })).toBe(8_000);
    expect(retryDelayMs({ attempt: 20, baseMs: 2000, random: middle })).toBe(300_000);
  });
});

describe('prices', () => {
  it('prices a model and its dated snapshot, and nothing for an unknown model', () => {
    expect(priceOf('claude-sonnet-4-5-20250929')).toEqual(priceOf('claude-sonnet-4-5'));
    expect(costOf({ model: 'claude-sonnet-4-5', inputTokens: 1_000_000, outputTokens: 100_000 })).toBeCloseTo(4.5);
    expect(costOf({ model: 'claude-test-model', inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });
});

function job(overrides: Partial<BatchJobView>): BatchJobView {
  return {
    id: 'j',
    position: 1,
    topic: 't',
    keywords: '',
    tone: '',
    audience: '',
    length: 'standard',
    status: 'queued',
    attempts: 0,
    lastError: null,
    nextAttemptAt: '2026-01-01T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    draft: null,
    ...overrides,
  };
}

function draft(model: string, inputTokens: number, outputTokens: number) {
  return { id: 'd', status: 'draft' as const, title: '', wordCount: 0, model, inputTokens, outputTokens, error: null };
}

describe('batchProgress', () => {
  const done = (startSecond: number, seconds: number, model = 'claude-sonnet-4-5') =>
    job({
      status: 'done',
      startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, startSecond)).toISOString(),
      finishedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, startSecond + seconds)).toISOString(),
      draft: draft(model, 1_000_000, 1_000_000),
    });

  it('estimates the time left from the average done job, the jobs left and the concurrency', () => {
    const jobs = [done(0, 10), done(0, 30), job({ status: 'running' }), job({}), job({}), job({})];
    const batch: BatchView = {
      id: 'b',
      name: 'b',
      createdById: null,
      createdAt: '',
      options: { keywords: '', tone: '', audience: '', length: 'standard', language: '' },
      concurrency: 2,
      counts: { queued: 3, running: 1, done: 2, failed: 0, cancelled: 0 },
      jobs,
    };
    const progress = batchProgress(batch);
    expect(progress.etaMs).toBe(40_000);
    expect(progress).toMatchObject({ total: 6, remaining: 4, active: true, inputTokens: 2_000_000, outputTokens: 2_000_000 });
    expect(progress.cost).toBeCloseTo(36);
  });

  it('shows tokens without a cost when a model has no price, and no estimate before a job is done', () => {
    const batch: BatchView = {
      id: 'b',
      name: 'b',
      createdById: null,
      createdAt: '',
      options: { keywords: '', tone: '', audience: '', length: 'standard', language: '' },
      concurrency: 2,
      counts: { queued: 1, running: 0, done: 1, failed: 0, cancelled: 0 },
      jobs: [job({ status: 'done', draft: draft('claude-test-model', 5, 7) }), job({})],
    };
    expect(batchProgress(batch)).toMatchObject({ etaMs: null, cost: null, inputTokens: 5, outputTokens: 7 });
  });
});
