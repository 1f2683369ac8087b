// Which model writes a draft, as the draft stores it and the API names it. Client-safe: the forms use it too.

export const PROVIDERS = ['anthropic', 'openai'] as const;
export type ProviderId = (typeof PROVIDERS)[number];

/** A model as the app names it: `<provider>:<model id>` (a model id may hold colons itself, e.g. qwen3:8b). */
export type ModelChoice = { provider: ProviderId; model: string };

export function modelId({ provider, model }: ModelChoice): string {
  return `${provider}:${model}`;
}

/** `anthropic:claude-…` or `openai:qwen3:8b`; a bare id is Claude's, as drafts written before providers store it. */
export function parseModelId(id: string): ModelChoice {
  const separator = id.indexOf(':');
  const provider = id.slice(0, separator);
  if (separator > 0 && (PROVIDERS as readonly string[]).includes(provider))
    return { provider: provider as ProviderId, model: id.slice(separator + 1) };
  return { provider: 'anthropic', model: id };
}

/** How a draft stores its model: Claude's ids bare (as before providers existed), any other with its provider. */
export function storedModel(choice: ModelChoice): string {
  return choice.provider === 'anthropic' ? choice.model : modelId(choice);
}
