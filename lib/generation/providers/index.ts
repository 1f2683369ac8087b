import 'server-only';
import { type ModelChoice, modelId, PROVIDERS, type ProviderId, parseModelId } from '@/lib/drafts/model-choice';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { ANTHROPIC_KEY_MISSING, anthropicConfigured, anthropicProvider } from './anthropic';
import { listEndpointModels, OPENAI_ENDPOINT_MISSING, openaiConfigured, openaiProvider } from './openai';
import type { ChatProvider } from './types';

export type ModelOption = ModelChoice & { id: string; default: boolean };

export const MISSING_KEY_MESSAGE = `${ANTHROPIC_KEY_MISSING} Or point OPENAI_BASE_URL at an OpenAI-compatible endpoint (Ollama, LM Studio, vLLM, OpenRouter…). Drafts, editing and export work without either.`;

const PROVIDER_BY_ID: Record<ProviderId, ChatProvider> = { anthropic: anthropicProvider, openai: openaiProvider };

function configured(provider: ProviderId): boolean {
  return provider === 'anthropic' ? anthropicConfigured() : openaiConfigured();
}

/** Whether any model can be written with (a Claude key, or an OpenAI-compatible endpoint). */
export function generationAvailable(): boolean {
  return PROVIDERS.some(configured);
}

/** The provider to write with; a 503 naming the setting when it is not configured. */
export function providerFor(provider: ProviderId): ChatProvider {
  if (!configured(provider)) {
    throw new AppError('generation_unavailable', provider === 'anthropic' ? ANTHROPIC_KEY_MISSING : OPENAI_ENDPOINT_MISSING);
  }
  return PROVIDER_BY_ID[provider];
}

/** DEFAULT_MODEL, or Claude's ANTHROPIC_MODEL, or the first model of the endpoint when only that is set. */
export function defaultModelChoice(offered: ModelChoice[] = []): ModelChoice {
  const env = serverEnv();
  if (env.DEFAULT_MODEL) return parseModelId(env.DEFAULT_MODEL);
  if (!anthropicConfigured() && offered[0]) return offered[0];
  return { provider: 'anthropic', model: env.ANTHROPIC_MODEL };
}

/** Every model a person may pick, the default marked. An endpoint that does not answer offers only OPENAI_MODELS. */
export async function offeredModels(): Promise<ModelOption[]> {
  const env = serverEnv();
  const choices: ModelChoice[] = [];
  if (anthropicConfigured()) choices.push({ provider: 'anthropic', model: env.ANTHROPIC_MODEL });
  if (openaiConfigured()) {
    const ids = env.OPENAI_MODELS.length > 0 ? env.OPENAI_MODELS : await listEndpointModels().catch(() => []);
    for (const model of ids) choices.push({ provider: 'openai', model });
  }
  const fallback = modelId(defaultModelChoice(choices));
  return choices.map((choice) => ({ ...choice, id: modelId(choice), default: modelId(choice) === fallback }));
}

/**
 * The model an existing draft goes on with: its own, except that Claude drafts follow ANTHROPIC_MODEL, so a
 * retired model is replaced where the notice says to set it.
 */
export function modelForDraft(generation: ModelChoice): ModelChoice {
  return generation.provider === 'anthropic' ? { provider: 'anthropic', model: serverEnv().ANTHROPIC_MODEL } : generation;
}

/** offeredModels for a page's picker: a failed listing is logged and offers none, so the page still renders. */
export function modelsToOffer(): Promise<ModelOption[]> {
  return offeredModels().catch((error: unknown) => {
    console.error('Could not list the models to offer', error);
    return [];
  });
}

/** The model a request asked for (or the default), checked against what is offered: 400 unknown_model otherwise. */
export async function chooseModel(requested: string | undefined): Promise<ModelChoice> {
  if (requested === undefined) {
    // Only an endpoint alone, with no DEFAULT_MODEL, needs its list to know the default.
    if (serverEnv().DEFAULT_MODEL || anthropicConfigured() || !openaiConfigured()) return defaultModelChoice();
    return defaultModelChoice(await offeredModels());
  }
  const choice = parseModelId(requested);
  const offered = await offeredModels();
  if (!offered.some((option) => option.id === modelId(choice))) {
    const names = offered.map((option) => option.id).join(', ') || 'none (set ANTHROPIC_API_KEY or OPENAI_BASE_URL)';
    throw new AppError('unknown_model', `"${requested}" is not one of the models offered here: ${names}.`);
  }
  return choice;
}
