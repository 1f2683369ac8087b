import 'server-only';
import { listCategories } from '@/lib/categories';
import {
  adoptTitleSlug,
  appendCheckpoint,
  finishGeneration,
  type GenerationOutcome,
  RESTART_MESSAGE,
  saveListedFields,
} from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { slugify } from '@/lib/drafts/slug';
import type { ServerEnv } from '@/lib/env';
import { PostParser } from '@/lib/post-format';
import { Checkpointer, oneAtATime } from './checkpointer';
import { SeamAligner, textShownForContinuation } from './continuation-seam';
import type { GenerationHub } from './hub';
import type { ContinuationStyle } from './models';
import { buildContinuationRequest, buildUserMessage, systemPrompt } from './prompt';
import type { ChatMessage, ChatProvider, RoundUsage } from './providers/types';
import { estimateTokens } from './token-estimate';
import { TrailingWhitespaceHold } from './trailing-whitespace-hold';

export const STOPPED_MESSAGE = 'Stopped. The text so far is kept: press Resume to continue writing.';

export const DELETED_MESSAGE = 'This draft was deleted while it was being written.';

/**
 * Why a generation was aborted from outside: the person pressed Stop (here or on another instance) or deleted the
 * draft, the server is shutting down, or this run lost its lease (another instance took the generation over).
 */
export type AbortReason = 'stopped' | 'deleted' | 'shutdown' | 'lost';

// The fields lists show (title, tags, word count…) are saved every this many checkpoints (every 3 s by default);
// the body is saved once, at the end: its size would make each save cost more as the post grows.
const CHECKPOINTS_PER_FIELDS_SAVE = 3;

function abortedOutcome(signal: AbortSignal): GenerationOutcome {
  if (signal.reason === 'shutdown') return { status: 'interrupted', interruption: 'server_stopped', error: RESTART_MESSAGE };
  return { status: 'interrupted', interruption: 'stopped', error: signal.reason === 'deleted' ? DELETED_MESSAGE : STOPPED_MESSAGE };
}

/**
 * The request for the next round, given the text kept so far. A model that takes a prefill continues the
 * text as its own turn (trimmed, as the API requires), which gives an exact seam; any other is shown the
 * text in a user turn and its reply goes through a SeamAligner.
 */
function roundRequest(
  userMessage: string,
  kept: string,
  style: ContinuationStyle,
): { messages: ChatMessage[]; aligner: SeamAligner | null } {
  if (!kept.trim()) return { messages: [{ role: 'user', parts: [userMessage] }], aligner: null };
  if (style === 'prefill') {
    return {
      messages: [
        { role: 'user', parts: [userMessage] },
        { role: 'assistant', parts: [kept.trimEnd()] },
      ],
      aligner: null,
    };
  }
  const shown = textShownForContinuation(kept);
  const parts = shown ? [userMessage, buildContinuationRequest(shown)] : [userMessage];
  return { messages: [{ role: 'user', parts }], aligner: new SeamAligner(kept) };
}

function requestChars(system: string, messages: ChatMessage[]): number {
  return system.length + messages.reduce((sum, message) => sum + message.parts.reduce((chars, part) => chars + part.length, 0), 0);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Writes one draft's post to the end: streams rounds, continues after max_tokens, retries breaks as
 * continuations, checkpoints as it goes, and always leaves the draft finished or interrupted.
 */
export async function runGeneration({
  draft,
  owner,
  hub,
  provider,
  model,
  env,
}: {
  draft: Draft;
  /** The lease token of this run: its checkpoints and its end are saved only while it holds the lease. */
  owner: string;
  hub: GenerationHub;
  provider: ChatProvider;
  model: string;
  env: ServerEnv;
}) {
  const signal = hub.abortController.signal;
  // The list the model is offered is the list its answer is read against: an added category is kept, not dropped.
  const categories = await listCategories();
  const system = systemPrompt(categories);
  const parser = new PostParser({ categories });
  parser.push(draft.raw);
  let text = draft.raw;
  const hold = new TrailingWhitespaceHold();
  const stats = {
    inputTokens: 0,
    outputTokens: 0,
    stopReasons: [...draft.generation.stopReasons],
    rounds: 0,
    durationMs: 0,
    tokensEstimated: false,
  };
  // The slug follows the title only while it is still the provisional one made from the topic.
  let needsTitleSlug = draft.title === '' && draft.slug.startsWith(slugify(draft.topic));

  // The log already holds the text this run starts from (Draft.raw, and what a previous owner appended).
  let saved = text.length;
  let fieldsSavedAt = 0;
  let headerSaved = false;
  const fieldsEveryMs = CHECKPOINTS_PER_FIELDS_SAVE * env.GENERATION_CHECKPOINT_MS;
  const checkpointer = new Checkpointer(
    async () => {
      const upTo = text.length;
      if (!(await appendCheckpoint({ id: draft.id, owner, offset: saved, text: text.slice(saved, upTo) }))) {
        hub.abortController.abort('lost' satisfies AbortReason);
        return;
      }
      saved = upTo;
      hub.savedLength = upTo;
      // Until the header (title to categories) is saved whole, every checkpoint saves the fields, so the list shows the
      // title at once; the text is short then, so reading it is cheap. After that, every few seconds.
      const fieldsDue = !headerSaved || Date.now() - fieldsSavedAt >= fieldsEveryMs;
      if (!fieldsDue && !needsTitleSlug) return;
      await oneAtATime(async () => {
        const parsed = parser.snapshot();
        if (fieldsDue) {
          fieldsSavedAt = Date.now();
          headerSaved ||= parsed.title !== '' && parsed.categories.length > 0;
          await saveListedFields({ id: draft.id, owner, parsed });
        }
        if (needsTitleSlug && parsed.title) {
          needsTitleSlug = false;
          await adoptTitleSlug({ id: draft.id, title: parsed.title });
        }
      });
    },
    (error) => console.error(`[generation ${draft.id}] checkpoint failed`, error),
    env.GENERATION_CHECKPOINT_MS,
  );
  const commit = (piece: string) => {
    if (!piece) return;
    text += piece;
    parser.push(piece);
    hub.append(piece);
    checkpointer.noteWritten(piece.length);
  };

  const userMessage = buildUserMessage(draft);
  let continuations = 0;
  let failures = 0;
  let outcome: GenerationOutcome | undefined;
  while (!outcome) {
    if (signal.aborted) {
      outcome = abortedOutcome(signal);
      break;
    }
    const style = provider.continuationStyle(model);
    const { messages, aligner } = roundRequest(userMessage, text, style);
    const usage: RoundUsage = { inputTokens: 0, outputTokens: 0 };
    let received = 0;
    let finished = false;
    try {
      const stopReason = await provider.streamRound(
        {
          model,
          system,
          maxTokens: env.GENERATION_MAX_TOKENS,
          messages,
          idleTimeoutMs: env.GENERATION_IDLE_TIMEOUT_MS,
          signal,
          onText: (delta) => {
            received += delta.length;
            commit(hold.take(aligner ? aligner.push(delta) : delta));
          },
        },
        usage,
      );
      if (aligner) commit(hold.take(aligner.finish()));
      failures = 0;
      finished = true;
      stats.rounds++;
      stats.stopReasons.push(stopReason);
      if (stopReason === 'max_tokens' && !parser.snapshot().ended && continuations < env.GENERATION_MAX_ROUNDS - 1) {
        continuations++;
        hold.dropAtSeam();
        // The end of a round is a save point whatever the clock says: the next request may be the one that fails.
        void checkpointer.flush();
        hub.setStatus({ phase: 'continuing', round: continuations + 1, maxRounds: env.GENERATION_MAX_ROUNDS });
        continue;
      }
      commit(hold.release());
      outcome = { status: 'draft' };
    } catch (error) {
      // Text the aligner or the hold still kept back was never shown: the next round writes it again.
      hold.dropAtSeam();
      if (signal.aborted) {
        outcome = abortedOutcome(signal);
        break;
      }
      if (style === 'prefill' && provider.refusedPrefill(error, model)) {
        // Refused before a word was written: this model's posts continue in a user turn from now on.
        console.warn(`[generation ${draft.id}] ${model} refuses an assistant prefill; continuing in a user turn.`);
        continue;
      }
      const failure = provider.classifyFailure(error);
      console.warn(`[generation ${draft.id}] round failed (${failure.reason})`, error instanceof Error ? error.message : error);
      if (!failure.retryable || failures >= env.GENERATION_MAX_RETRIES) {
        const tried = failures > 0 ? ` Tried ${failures + 1} times.` : '';
        outcome = {
          status: 'interrupted',
          interruption: failure.retryable ? 'api_failed' : 'api_refused',
          error: `${failure.message}${tried} The text so far is kept: press Resume to continue.`,
        };
        break;
      }
      failures++;
      hub.setStatus({ phase: 'retrying', attempt: failures, maxAttempts: env.GENERATION_MAX_RETRIES, reason: failure.message });
      const backoff = Math.min(env.GENERATION_RETRY_BASE_MS * 2 ** (failures - 1), 30_000);
      await sleep(backoff * (0.75 + Math.random() * 0.5), signal);
    } finally {
      // A round cut short after the model wrote something was used (and billed) all the same. The API reports its
      // output tokens only in its last event (Anthropic) or none at all (OpenAI-compatible): estimate what is missing.
      if (!finished && received > 0) {
        stats.rounds++;
        if (usage.inputTokens === 0) usage.inputTokens = estimateTokens(requestChars(system, messages));
        if (usage.outputTokens === 0) usage.outputTokens = estimateTokens(received);
        stats.tokensEstimated = true;
      }
      stats.inputTokens += usage.inputTokens;
      stats.outputTokens += usage.outputTokens;
    }
  }

  checkpointer.stop();
  await checkpointer.flush();
  stats.durationMs = Date.now() - hub.startedAt;
  const parsed = parser.finish();
  if (outcome.status === 'draft' && stats.stopReasons.at(-1) === 'max_tokens' && !parsed.ended) {
    parsed.warnings.push(`The post reached the length limit after ${stats.rounds} rounds and may end abruptly.`);
  }
  // A run that lost its lease leaves the draft to whoever holds it now, or to nobody when it was deleted.
  if (signal.reason === 'lost') return { draft: null };
  if (needsTitleSlug && parsed.title) await adoptTitleSlug({ id: draft.id, title: parsed.title });
  const finished = await oneAtATime(() => finishGeneration({ id: draft.id, owner, raw: text, parsed, outcome, stats }));
  return { draft: finished };
}
