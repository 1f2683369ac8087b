import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_MODEL, continuationStyle, MODEL_END_OF_LIFE, modelLifecycle } from '@/lib/generation/models';
import { acceptsPrefill } from '../../fixtures/fake-anthropic/model-behaviour.mjs';

describe('how a model continues a post', () => {
  const cases: [string, 'prefill' | 'user-turn'][] = [
    ['claude-sonnet-5-5', 'user-turn'],
    ['claude-opus-5', 'user-turn'],
    ['claude-haiku-5-5', 'user-turn'],
    ['claude-opus-4-8', 'user-turn'],
    ['claude-opus-4-6', 'user-turn'],
    ['claude-sonnet-4-6', 'user-turn'],
    ['claude-mythos-preview', 'user-turn'],
    ['my-gateway-alias', 'user-turn'],
    ['claude-haiku-4-5', 'prefill'],
    ['claude-haiku-4-5-20251001', 'prefill'],
    ['claude-opus-4-5', 'prefill'],
    ['claude-sonnet-4-5-20250929', 'prefill'],
    ['claude-opus-4-1', 'prefill'],
    ['claude-sonnet-4-20250514', 'prefill'],
    ['claude-3-5-haiku', 'prefill'],
    ['claude-3-7-sonnet-20250219', 'prefill'],
  ];
  it.each(cases)('%s → %s', (model, style) => {
    expect(continuationStyle(model)).toBe(style);
  });

  it('agrees with the fake API on every model in the table', () => {
    for (const [model, style] of cases) expect(acceptsPrefill(model)).toBe(style === 'prefill');
  });
});

describe("a model's lifecycle", () => {
  it('is deprecated before its end-of-life date and retired from that day on, naming the current model', () => {
    expect(modelLifecycle('claude-opus-4-5', new Date('2026-12-01T12:00:00Z'))).toEqual({
      state: 'deprecated',
      model: 'claude-opus-4-5',
      endOfLife: '2027-01-22',
      replacement: CURRENT_MODEL,
    });
    expect(modelLifecycle('claude-sonnet-4-5', new Date('2026-11-29T23:00:00Z')).state).toBe('deprecated');
    expect(modelLifecycle('claude-sonnet-4-5', new Date('2026-11-30T00:00:00Z')).state).toBe('retired');
    expect(modelLifecycle(CURRENT_MODEL)).toEqual({ state: 'current' });
  });

  it('knows every end-of-life date the Anthropic SDK ships', () => {
    // The SDK keeps them in an internal module it only uses for a console warning.
    const require = createRequire(import.meta.url);
    const sdkDir = path.dirname(require.resolve('@anthropic-ai/sdk'));
    const { DEPRECATED_MODELS } = require(path.join(sdkDir, 'internal/data/deprecated-models.js')) as {
      DEPRECATED_MODELS: Record<string, string>;
    };
    const sdkDates = Object.fromEntries(
      Object.entries(DEPRECATED_MODELS).map(([model, date]) => {
        const parsed = new Date(`${date.replace(/(\d+)(st|nd|rd|th)/, '$1')} 12:00 UTC`);
        return [model, parsed.toISOString().slice(0, 10)];
      }),
    );
    expect(Object.keys(sdkDates).length).toBeGreaterThan(0);
    expect(MODEL_END_OF_LIFE).toEqual(sdkDates);
  });
});
