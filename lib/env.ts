import 'server-only';
import { z } from 'zod';
import { parseAppOrigins } from '@/lib/auth/host-check';
import { parseTrustedProxies } from '@/lib/rate-limit/client-id';

const optionalText = z
  .string()
  .transform((value) => value.trim())
  .optional()
  .transform((value) => (value ? value : undefined));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

// Parsed once here into what the Host check and the client address need (lib/auth/host-check, lib/rate-limit).
const parsedBy =
  <T>(parse: (text: string | undefined) => { value: T } | { problem: string }) =>
  (text: string | undefined, context: z.RefinementCtx): T => {
    const parsed = parse(text);
    if ('value' in parsed) return parsed.value;
    context.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  };

export const ServerEnv = z.object({
  // A SQLite file (the embedded default) or a PostgreSQL database that several instances may share.
  DATABASE_URL: z
    .string()
    .default('file:./data/app.db')
    .refine(
      (value) => value.startsWith('file:') || /^postgres(ql)?:\/\//i.test(value),
      'must be a SQLite "file:" URL (e.g. file:./data/app.db) or a PostgreSQL "postgresql://" URL (e.g. postgresql://user:password@localhost:5432/postsmith)',
    ),
  // How long a write waits for a lock held by another connection before it gives up (SQLite and PostgreSQL).
  DATABASE_BUSY_TIMEOUT_MS: positiveInt(5_000),
  ANTHROPIC_API_KEY: optionalText,
  ANTHROPIC_BASE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  ANTHROPIC_MODEL: z.string().trim().min(1).default('claude-sonnet-5-5'),
  // Any OpenAI-compatible Chat Completions endpoint (Ollama, LM Studio, llama.cpp, vLLM, OpenRouter…).
  OPENAI_BASE_URL: z
    .url()
    .optional()
    .or(z.literal('').transform(() => undefined)),
  OPENAI_API_KEY: optionalText,
  // Model ids offered from that endpoint; empty means whatever its GET /models lists.
  OPENAI_MODELS: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  // `<provider>:<model id>` written with when a request names no model; empty means Claude (ANTHROPIC_MODEL).
  DEFAULT_MODEL: optionalText.refine(
    (value) => value === undefined || /^(anthropic|openai):.+/.test(value),
    'must be "<provider>:<model id>", e.g. anthropic:claude-sonnet-5-5 or openai:qwen3:8b',
  ),
  APP_PASSWORD: optionalText,
  APP_ORIGIN: z.string().optional().transform(parsedBy(parseAppOrigins)),
  TRUSTED_PROXIES: z.string().optional().transform(parsedBy(parseTrustedProxies)),
  // Signs login cookies; without it the key is derived from APP_PASSWORD, so logins still survive a restart.
  SESSION_SECRET: optionalText.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters when set, e.g. the output of `openssl rand -base64 32`',
  ),
  // Encrypts stored publishing secrets (lib/publish); without it the key is derived from SESSION_SECRET or APP_PASSWORD.
  SECRET_KEY: optionalText.refine(
    (value) => value === undefined || value.length >= 32,
    'must be at least 32 characters when set, e.g. the output of `openssl rand -base64 32`',
  ),
  GENERATION_RATE_LIMIT_PER_MINUTE: positiveInt(10),
  GENERATION_RATE_LIMIT_GLOBAL_PER_MINUTE: positiveInt(30),
  MAX_CONCURRENT_GENERATIONS: positiveInt(4),
  GENERATION_CONCURRENCY: positiveInt(2),
  // Tunables of the generation engine; the defaults suit the real API, tests shorten them.
  GENERATION_MAX_TOKENS: positiveInt(16_000),
  GENERATION_MAX_ROUNDS: positiveInt(4),
  GENERATION_MAX_RETRIES: positiveInt(3),
  GENERATION_RETRY_BASE_MS: positiveInt(2_000),
  GENERATION_IDLE_TIMEOUT_MS: positiveInt(90_000),
  GENERATION_CHECKPOINT_MS: positiveInt(1_000),
  // How long a generation stays an instance's without it renewing its lease; after that another instance takes it over.
  GENERATION_LEASE_MS: positiveInt(15_000),
});

export type ServerEnv = z.infer<typeof ServerEnv>;

let cached: ServerEnv | undefined;

/** Reads and validates the environment once; a bad value fails naming the variable. */
export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = ServerEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid environment: ${problems}. Fix the variable(s) and restart.`);
  }
  cached = parsed.data;
  return cached;
}
