import 'server-only';
// What /settings shows about the models: how each provider is set up, and whether a model answers.
import { type ModelPrice, priceOf, pricingFor } from '@/lib/batch/prices';
import { modelId, PROVIDERS, type ProviderId } from '@/lib/drafts/model-choice';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { chooseModel, defaultModelChoice, type ModelOption, offeredModels, providerFor } from './providers';
import { anthropicConfigured } from './providers/anthropic';
import { listEndpointModels, openaiConfigured, openaiProvider } from './providers/openai';

const TEST_SYSTEM = 'You are answering a connection check. Reply with one short word.';
const TEST_PROMPT = 'Say "ready".';
// Enough for a word, even from a model that spends a few tokens on a preamble; small enough to cost nothing.
const TEST_MAX_TOKENS = 16;
// The SDKs wait up to ten minutes for an answer; a check should say sooner that none is coming.
const TEST_TIMEOUT_MS = 30_000;
const MAX_REPLY_CHARS = 200;

export type ModelTestResult = { ok: true; ms: number; reply: string };

/**
 * One tiny request to an offered model (`<provider>:<model id>`): how long it took and what it said. A model not
 * offered is a 400 `unknown_model`, a provider not set up a 503, a refusal or no answer a 502 `generation_failed`.
 */
export async function testModel({ id }: { id: string }): Promise<ModelTestResult> {
  const choice = await chooseModel(id);
  const provider = providerFor(choice.provider);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('generation_failed', `No answer in ${TEST_TIMEOUT_MS / 1000} s.`, { reason: 'timeout', ms: elapsed() })),
      TEST_TIMEOUT_MS,
    );
  });
  try {
    const reply = await Promise.race([
      provider.complete({ model: choice.model, system: TEST_SYSTEM, prompt: TEST_PROMPT, maxTokens: TEST_MAX_TOKENS }),
      timeout,
    ]);
    return { ok: true, ms: elapsed(), reply: reply.slice(0, MAX_REPLY_CHARS) };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const failure = provider.classifyFailure(error);
    throw new AppError('generation_failed', failure.message, { reason: failure.reason, ms: elapsed() });
  } finally {
    clearTimeout(timer);
  }
}

export type ModelSetting = ModelOption & { price: ModelPrice | null };

export type ProviderSetup = {
  provider: ProviderId;
  configured: boolean;
  /** Where requests go, without any user, password or query the URL may hold; null for Anthropic's own API. */
  endpoint: string | null;
  keySet: boolean;
  /** On loopback or a private network: its models cost nothing. */
  local: boolean;
  /** Where the model list comes from: a setting (ANTHROPIC_MODEL, OPENAI_MODELS) or the endpoint's GET /models. */
  modelsFrom: 'setting' | 'endpoint';
  /** Why the endpoint could not list its models, when it could not. */
  listError: string | null;
  models: ModelSetting[];
};

function shownAddress(url: string | undefined): string | null {
  if (!url) return null;
  const shown = new URL(url);
  shown.username = '';
  shown.password = '';
  shown.search = '';
  shown.hash = '';
  return shown.href;
}

/** Every provider, set up or not, with its models (default marked, priced); no key leaves the server. */
export async function describeModelSetup(): Promise<{ providers: ProviderSetup[]; defaultModel: string }> {
  const env = serverEnv();
  const listsEndpoint = openaiConfigured() && env.OPENAI_MODELS.length === 0;
  // Asked first so that offeredModels shares this request (listEndpointModels keeps one in flight).
  const listError = listsEndpoint
    ? listEndpointModels().then(
        () => null,
        (error: unknown) => openaiProvider.classifyFailure(error).message,
      )
    : Promise.resolve(null);
  const [offered, openaiListError] = await Promise.all([offeredModels(), listError]);
  const pricing = pricingFor(env.OPENAI_BASE_URL);
  const setups: Record<ProviderId, Omit<ProviderSetup, 'provider' | 'models'>> = {
    anthropic: {
      configured: anthropicConfigured(),
      endpoint: shownAddress(env.ANTHROPIC_BASE_URL),
      keySet: env.ANTHROPIC_API_KEY !== undefined,
      local: false,
      modelsFrom: 'setting',
      listError: null,
    },
    openai: {
      configured: openaiConfigured(),
      endpoint: shownAddress(env.OPENAI_BASE_URL),
      keySet: env.OPENAI_API_KEY !== undefined,
      local: pricing.localEndpoint,
      modelsFrom: listsEndpoint ? 'endpoint' : 'setting',
      listError: openaiListError,
    },
  };
  const providers = PROVIDERS.map((provider) => ({
    provider,
    ...setups[provider],
    models: offered
      .filter((option) => option.provider === provider)
      .map((option) => ({ ...option, price: priceOf(option, pricing) ?? null })),
  }));
  return { providers, defaultModel: modelId(defaultModelChoice(offered)) };
}
