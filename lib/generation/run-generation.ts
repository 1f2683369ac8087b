import 'server-only';
import type Anthropic from '@anthropic-ai/sdk';
import type { Draft } from '@/lib/drafts/draft';
import { adoptTitleSlug, appendCheckpoint, finishGeneration, RESTART_MESSAGE } from '@/lib/drafts/generation-store';
import { slugify } from '@/lib/drafts/slug';
import type { ServerEnv } from '@/lib/env';
import { PostParser } from '@/lib/post-format';
import { Checkpointer } from './checkpointer';
import { classifyFailure } from './failures';
import type { GenerationHub } from './hub';
import { buildUserMessage } from './prompt';
import { streamRound } from './stream-round';
import { TrailingWhitespaceHold } from './text-seam';

export const STOPPED_MESSAGE = 'Stopped. The text so far is kept: press Resume to continue writing.';

/** Why a generation was aborted from outside: the person pressed Stop, or the server is shutting down. */
export type AbortReason = 'stopped' | 'shutdown';

function interruptionMessage(signal: AbortSignal): string {
  return signal.reason === 'shutdown' ? RESTART_MESSAGE : STOPPED_MESSAGE;
}

type Outcome = { status: 'draft' } | { status: 'interrupted'; error: string; failed: boolean };

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
export async function runGeneration({ draft, hub, client, env }: { draft: Draft; hub: GenerationHub; client: Anthropic; env: ServerEnv }) {
  const signal = hub.abortController.signal;
  const parser = new PostParser();
  parser.push(draft.raw);
  let text = draft.raw;
  const hold = new TrailingWhitespaceHold();
  const stats = { inputTokens: 0, outputTokens: 0, stopReasons: [...draft.generation.stopReasons], rounds: 0, durationMs: 0 };
  // The slug follows the title only while it is still the provisional one made from the topic.
  let needsTitleSlug = draft.title === '' && draft.slug.startsWith(slugify(draft.topic));

  const checkpointer = new Checkpointer(
    async () => {
      const parsed = parser.snapshot();
      await appendCheckpoint({ id: draft.id, raw: text, parsed });
      if (needsTitleSlug && parsed.title) {
        needsTitleSlug = false;
        await adoptTitleSlug({ id: draft.id, title: parsed.title });
      }
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
  let outcome: Outcome | undefined;
  while (!outcome) {
    if (signal.aborted) {
      outcome = { status: 'interrupted', error: interruptionMessage(signal), failed: false };
      break;
    }
    try {
      const result = await streamRound({
        client,
        model: draft.generation.model || env.ANTHROPIC_MODEL,
        maxTokens: env.GENERATION_MAX_TOKENS,
        userMessage,
        prefill: text,
        idleTimeoutMs: env.GENERATION_IDLE_TIMEOUT_MS,
        signal,
        onText: (delta) => commit(hold.take(delta)),
      });
      failures = 0;
      stats.rounds++;
      stats.inputTokens += result.inputTokens;
      stats.outputTokens += result.outputTokens;
      stats.stopReasons.push(result.stopReason);
      if (result.stopReason === 'max_tokens' && !parser.snapshot().ended && continuations < env.GENERATION_MAX_ROUNDS - 1) {
        continuations++;
        hold.dropAtSeam();
        hub.setStatus({ phase: 'continuing', round: continuations + 1, maxRounds: env.GENERATION_MAX_ROUNDS });
        continue;
      }
      commit(hold.release());
      outcome = { status: 'draft' };
    } catch (error) {
      hold.dropAtSeam();
      if (signal.aborted) {
        outcome = { status: 'interrupted', error: interruptionMessage(signal), failed: false };
        break;
      }
      const failure = classifyFailure(error);
      console.warn(`[generation ${draft.id}] round failed (${failure.reason})`, error instanceof Error ? error.message : error);
      if (!failure.retryable || failures >= env.GENERATION_MAX_RETRIES) {
        const tried = failures > 0 ? ` Tried ${failures + 1} times.` : '';
        outcome = {
          status: 'interrupted',
          error: `${failure.message}${tried} The text so far is kept: press Resume to continue.`,
          failed: true,
        };
        break;
      }
      failures++;
      hub.setStatus({ phase: 'retrying', attempt: failures, maxAttempts: env.GENERATION_MAX_RETRIES, reason: failure.message });
      const backoff = Math.min(env.GENERATION_RETRY_BASE_MS * 2 ** (failures - 1), 30_000);
      await sleep(backoff * (0.75 + Math.random() * 0.5), signal);
    }
  }

  checkpointer.stop();
  await checkpointer.flush();
  stats.durationMs = Date.now() - hub.startedAt;
  const parsed = parser.finish();
  if (outcome.status === 'draft' && stats.stopReasons.at(-1) === 'max_tokens' && !parsed.ended) {
    parsed.warnings.push(`The post reached the length limit after ${stats.rounds} rounds and may end abruptly.`);
  }
  if (needsTitleSlug && parsed.title) await adoptTitleSlug({ id: draft.id, title: parsed.title });
  const finished = await finishGeneration({
    id: draft.id,
    raw: text,
    parsed,
    outcome: outcome.status === 'draft' ? outcome : { status: 'interrupted', error: outcome.error },
    stats,
  });
  return { draft: finished, failed: outcome.status === 'interrupted' && outcome.failed };
}
