import 'server-only';
import type { Draft } from '@/lib/drafts/draft';
import {
  claimForRegenerate,
  claimForResume,
  finishGeneration,
  interruptOrphanedGenerations,
  saveOutline,
} from '@/lib/drafts/generation-store';
import { type ModelChoice, storedModel } from '@/lib/drafts/model-choice';
import { createDraft, deleteDraft, getDraft } from '@/lib/drafts/queries';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parsePost } from '@/lib/post-format';
import { takeGenerationStart } from '@/lib/rate-limit';
import { activeHubs, GenerationHub } from './hub';
import { type ModelLifecycle, modelLifecycle } from './models';
import { createOutline } from './outline';
import { chooseModel, modelForDraft, providerFor } from './providers';
import { type AbortReason, DELETED_MESSAGE, runGeneration, STOPPED_MESSAGE } from './run-generation';

/** Whether the model this install writes with (ANTHROPIC_MODEL) is deprecated or retired today. */
export function configuredModelLifecycle(): ModelLifecycle {
  return modelLifecycle(serverEnv().ANTHROPIC_MODEL);
}

// Runs in the server process, detached from the request that started it: closing the tab changes nothing.
function launch(draft: Draft): Draft {
  const provider = providerFor(draft.generation.provider);
  const hub = new GenerationHub(draft.id, draft.raw);
  activeHubs.set(draft.id, hub);
  hub.settled = runGeneration({ draft, hub, provider, model: draft.generation.model, env: serverEnv() })
    .then(({ draft: finished }) => {
      // A deleted draft is not "interrupted" to its viewers: there is nothing left to resume.
      if (hub.abortController.signal.reason === 'deleted') hub.emit({ type: 'error', code: 'not_found', message: DELETED_MESSAGE });
      else if (finished.interruption === 'api_failed' || finished.interruption === 'api_refused') {
        hub.emit({ type: 'error', code: 'generation_failed', message: finished.error ?? 'The generation failed.' });
      } else hub.emit({ type: 'done', draft: finished });
      return finished;
    })
    .catch(async (error: unknown) => {
      console.error(`[generation ${draft.id}] crashed`, error);
      const message = 'Saving the post failed. The text up to the last checkpoint is kept: press Resume to continue.';
      hub.emit({ type: 'error', code: 'generation_failed', message });
      return getDraft({ id: draft.id });
    })
    .finally(() => {
      if (activeHubs.get(draft.id) === hub) activeHubs.delete(draft.id);
    });
  return draft;
}

/** The model a start writes with: the one asked for (or the default), or the draft's own (modelForDraft). */
async function modelFor(request: WritingRequest): Promise<ModelChoice> {
  if (request.kind === 'new' || request.kind === 'outline' || (request.kind === 'regenerate' && request.model)) {
    return chooseModel(request.model);
  }
  return modelForDraft((await getDraft({ id: request.id })).generation);
}

/** One way to start writing: a new post, its outline first, a resume, a regeneration, the post from its outline. */
export type WritingRequest =
  | { kind: 'new'; input: CreateDraftValues; model?: string }
  | { kind: 'outline'; input: CreateDraftValues; model?: string }
  | { kind: 'resume'; id: string }
  | { kind: 'regenerate'; id: string; version: number; model?: string }
  | { kind: 'from_outline'; id: string; version: number; outline: string };

/**
 * Who asks. A person or a script is held to the per-address and overall per-minute limits; the batch queue
 * sets its own pace (GENERATION_CONCURRENCY). Both are held to the cap on posts written at once.
 */
export type WritingCaller = { client: string } | { batchQueue: true };

const BUSY_RETRY_SECONDS = 30;

function admit(caller: WritingCaller): void {
  const { MAX_CONCURRENT_GENERATIONS: cap } = serverEnv();
  if (activeHubs.size >= cap) {
    throw new AppError('rate_limited', `${cap} posts are being written already, the most at once. Try again when one is done.`, undefined, {
      'Retry-After': String(BUSY_RETRY_SECONDS),
    });
  }
  if ('batchQueue' in caller) return;
  const refusal = takeGenerationStart({ client: caller.client });
  if (refusal) throw new AppError('rate_limited', refusal.message, undefined, { 'Retry-After': String(refusal.retryAfterSeconds) });
}

/**
 * The door into the engine: every way to start writing, from the API, the forms and the batch queue, comes
 * through here, so the key check, the rate limits and the cap cannot be skipped. Resolves with the draft as
 * it starts; the writing goes on in the background.
 */
export async function startWriting(request: WritingRequest, caller: WritingCaller): Promise<Draft> {
  const choice = await modelFor(request);
  providerFor(choice.provider);
  admit(caller);
  const model = storedModel(choice);
  switch (request.kind) {
    case 'new':
      return launch(await createDraft({ input: request.input, model }));
    case 'outline':
      return createDraft({ input: request.input, model, outline: await createOutline(request.input, choice) });
    case 'resume': {
      const draft = await claimForResume({ id: request.id, model });
      if (!draft) {
        const current = await getDraft({ id: request.id });
        throw new AppError('invalid_state', `Only an interrupted draft can be resumed; this one is ${current.status}.`);
      }
      return launch(draft);
    }
    case 'regenerate':
      // The current fields are kept as a revision.
      return launch(await claimForRegenerate({ id: request.id, version: request.version, model }));
    case 'from_outline': {
      // The outline the person reviewed is saved first, so it is what the model follows.
      const version = await saveOutline({ id: request.id, version: request.version, outline: request.outline });
      return launch(await claimForRegenerate({ id: request.id, version, model }));
    }
  }
}

/** Stops a running generation, keeping and parsing what was written; resolves with the stopped draft. */
export async function stopGeneration({ id }: { id: string }): Promise<Draft> {
  const hub = activeHubs.get(id);
  if (hub?.settled) {
    hub.abortController.abort('stopped' satisfies AbortReason);
    return hub.settled;
  }
  const draft = await getDraft({ id });
  if (draft.status !== 'generating') {
    throw new AppError('invalid_state', `This draft is not being written (it is ${draft.status}).`);
  }
  // Marked generating but not running in this process: settle it so it can be resumed.
  return finishGeneration({
    id,
    raw: draft.raw,
    parsed: parsePost(draft.raw),
    outcome: { status: 'interrupted', interruption: 'stopped', error: STOPPED_MESSAGE },
    stats: { inputTokens: 0, outputTokens: 0, stopReasons: draft.generation.stopReasons, rounds: 0, durationMs: 0 },
  });
}

/**
 * Deletes a draft. One being written in this process is stopped first: otherwise the model goes on writing
 * (and billing) a post nobody keeps, viewers keep receiving it, and its last save fails on the missing row.
 */
export async function deleteDraftStoppingGeneration({ id }: { id: string }): Promise<void> {
  const hub = activeHubs.get(id);
  if (hub?.settled) {
    hub.abortController.abort('deleted' satisfies AbortReason);
    await hub.settled;
  }
  await deleteDraft({ id });
}

/** Resolves with the draft once its generation (if one runs in this process) has ended. */
export async function generationSettled({ id }: { id: string }): Promise<Draft> {
  return activeHubs.get(id)?.settled ?? getDraft({ id });
}

const SHUTDOWN_GRACE_MS = 5_000;

/** On SIGTERM: every running generation saves its text and becomes interrupted, ready to resume. */
export async function interruptAllGenerations(): Promise<void> {
  const hubs = [...activeHubs.values()];
  for (const hub of hubs) hub.abortController.abort('shutdown' satisfies AbortReason);
  const grace = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_GRACE_MS).unref());
  await Promise.race([Promise.allSettled(hubs.map((hub) => hub.settled)), grace]);
}

/**
 * SIGTERM/SIGINT: running generations save their text and become interrupted before the process exits.
 * scripts/start.mjs sets NEXT_MANUAL_SIG_HANDLE so that Next leaves these signals to us.
 */
export function saveGenerationsOnShutdown(): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void interruptAllGenerations().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

export async function recoverInterruptedGenerations(): Promise<void> {
  const count = await interruptOrphanedGenerations();
  if (count > 0) console.warn(`Marked ${count} draft(s) interrupted: their generation was cut off by a restart.`);
}
