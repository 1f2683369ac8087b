import 'server-only';
import Anthropic from '@anthropic-ai/sdk';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';

export const MISSING_KEY_MESSAGE =
  'Generation needs an Anthropic API key. Set ANTHROPIC_API_KEY in the environment (for example `ANTHROPIC_API_KEY=sk-ant-… npm start`) and restart the app.';

export function generationAvailable(): boolean {
  return serverEnv().ANTHROPIC_API_KEY !== undefined;
}

let cached: Anthropic | undefined;

export function anthropicClient(): Anthropic {
  const env = serverEnv();
  if (!env.ANTHROPIC_API_KEY) throw new AppError('generation_unavailable', MISSING_KEY_MESSAGE);
  // maxRetries covers 429/529 answered before a stream starts; the SDK backs off and honours retry-after.
  cached ??= new Anthropic({
    apiKey: env.ANTHROPIC_API_KEY,
    maxRetries: 4,
    ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
  });
  return cached;
}
