import type { ModelOption } from '@/lib/generation';

type ProviderId = ModelOption['provider'];

/** How each provider is named to people. */
export const PROVIDER_NAMES: Readonly<Record<ProviderId, string>> = {
  anthropic: 'Anthropic',
  openai: 'OpenAI-compatible endpoint',
};

/** A model with who serves it: "qwen3:8b (OpenAI-compatible endpoint)". */
export function modelLabel({ provider, model }: { provider: ProviderId; model: string }): string {
  return `${model} (${PROVIDER_NAMES[provider]})`;
}
