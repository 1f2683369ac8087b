/**
 * What the app knows about Claude model ids: which continue a post from an assistant prefill, and which are
 * deprecated or retired. Pure data and functions, so pages, the engine and tests read the same table.
 */

/** The model new installs use; named in every notice about an old model. */
export const CURRENT_MODEL = 'claude-sonnet-5-5';

// Claude 4.6 and later refuse a request whose last turn is the assistant's (HTTP 400 "This model does not
// support assistant message prefill…"; Anthropic's migration guide, "Prefill removal"). The 4.5 family and
// older accept one. Any id not matched here is treated as refusing: a wasted prefill costs one 400, a
// wrongly trusted one would end the post.
const PREFILL_FAMILIES: readonly RegExp[] = [
  /^claude-(?:instant|2)\b/,
  /^claude-3-/,
  /^claude-(?:opus|sonnet|haiku)-4(?:-[015])?(?:-\d{8})?$/,
];

// Learned at run time from the API's 400, for ids the table does not know (a proxy's alias, say).
// One set per process on globalThis: route handlers and instrumentation get separate module copies.
const globalForModels = globalThis as typeof globalThis & { postsmithPrefillRefusals?: Set<string> };
globalForModels.postsmithPrefillRefusals ??= new Set();
const learnedRefusals = globalForModels.postsmithPrefillRefusals;

/** How a post cut off mid-way is continued: the text as the assistant's own turn, or quoted in a user turn. */
export type ContinuationStyle = 'prefill' | 'user-turn';

export function continuationStyle(model: string): ContinuationStyle {
  if (learnedRefusals.has(model)) return 'user-turn';
  return PREFILL_FAMILIES.some((family) => family.test(model)) ? 'prefill' : 'user-turn';
}

/** The API said this model refuses a prefill: continue its posts in a user turn from now on. */
export function learnPrefillRefusal(model: string): void {
  learnedRefusals.add(model);
}

const PREFILL_REFUSAL = /does not support assistant message prefill|conversation must end with a user message/i;

/** Whether an API error message is the prefill refusal (matched on the API's wording, which we do not own). */
export function isPrefillRefusalMessage(message: string): boolean {
  return PREFILL_REFUSAL.test(message);
}

// End-of-life dates, as the SDK ships them (@anthropic-ai/sdk internal/data/deprecated-models.js, which it
// only prints as a console warning); tests/unit/generation/models.test.ts fails when the SDK knows more.
export const MODEL_END_OF_LIFE: Readonly<Record<string, string>> = {
  'claude-mythos-preview': '2026-06-30',
  'claude-opus-4-5': '2027-01-22',
  'claude-opus-4-5-20251101': '2027-01-22',
  'claude-sonnet-4-5': '2026-11-30',
  'claude-sonnet-4-5-20250929': '2026-11-30',
};

export type ModelLifecycle =
  | { state: 'current' }
  | { state: 'deprecated' | 'retired'; model: string; endOfLife: string; replacement: string };

/** Whether `model` is deprecated (still served until its end-of-life date) or retired (past it) on `today`. */
export function modelLifecycle(model: string, today: Date = new Date()): ModelLifecycle {
  const endOfLife = MODEL_END_OF_LIFE[model];
  if (!endOfLife) return { state: 'current' };
  // "Reaches end-of-life on <date>": from that day the API no longer serves it.
  const retired = today.toISOString().slice(0, 10) >= endOfLife;
  return { state: retired ? 'retired' : 'deprecated', model, endOfLife, replacement: CURRENT_MODEL };
}
