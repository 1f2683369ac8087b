import 'server-only';
import type { Draft } from '@/lib/drafts/draft';
import {
  claimForRegenerate,
  claimForResume,
  finishGeneration,
  interruptOrphanedGenerations,
  saveOutline,
} from '@/lib/drafts/generation-store';
import { createDraft, deleteDraft, getDraft } from '@/lib/drafts/queries';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parsePost } from '@/lib/post-format';
import { anthropicClient } from './anthropic-client';
import { activeHubs, GenerationHub } from './hub';
import { type ModelLifecycle, modelLifecycle } from './models';
import { type AbortReason, DELETED_MESSAGE, runGeneration, STOPPED_MESSAGE } from './run-generation';

export { generationAvailable, MISSING_KEY_MESSAGE } from './anthropic-client';
export { activeHubs, type GenerationHub, type HubEvent } from './hub';
export type { ModelLifecycle } from './models';
export { createOutlineDraft } from './outline';
export { regenerateMetadata } from './regenerate-metadata';

/** Whether the model this install writes with (ANTHROPIC_MODEL) is deprecated or retired today. */
export function configuredModelLifecycle(): ModelLifecycle {
  return modelLifecycle(serverEnv().ANTHROPIC_MODEL);
}

// Runs in the server process, detached from the request that started it: closing the tab changes nothing.
function launch(draft: Draft): GenerationHub {
  const hub = new GenerationHub(draft.id, draft.raw);
  activeHubs.set(draft.id, hub);
  hub.settled = runGeneration({ draft, hub, client: anthropicClient(), env: serverEnv() })
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
  return hub;
}

export async function startGeneration(input: CreateDraftValues): Promise<Draft> {
  anthropicClient();
  const draft = await createDraft({ input, model: serverEnv().ANTHROPIC_MODEL });
  launch(draft);
  return draft;
}

export async function resumeGeneration({ id }: { id: string }): Promise<Draft> {
  anthropicClient();
  const draft = await claimForResume({ id, model: serverEnv().ANTHROPIC_MODEL });
  if (!draft) {
    const current = await getDraft({ id });
    throw new AppError('invalid_state', `Only an interrupted draft can be resumed; this one is ${current.status}.`);
  }
  launch(draft);
  return draft;
}

/** Writes the whole post again; the current fields are kept as a revision. */
export async function regenerateDraft({ id, version }: { id: string; version: number }): Promise<Draft> {
  anthropicClient();
  const draft = await claimForRegenerate({ id, version, model: serverEnv().ANTHROPIC_MODEL });
  launch(draft);
  return draft;
}

/** Writes the post from the outline the person reviewed (saved first, so it is what the model follows). */
export async function writeFromOutline({ id, version, outline }: { id: string; version: number; outline: string }): Promise<Draft> {
  anthropicClient();
  const saved = await saveOutline({ id, version, outline });
  return regenerateDraft({ id, version: saved });
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
