import 'server-only';
import {
  claimForRegenerate,
  claimForResume,
  countLiveLeases,
  createDraft,
  createLease,
  deleteDraft,
  getDraft,
  requestStop,
  saveOutline,
  takeOverLease,
} from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { type ModelChoice, storedModel } from '@/lib/drafts/model-choice';
import type { CreateDraftValues } from '@/lib/drafts/schemas';
import { serverEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { takeGenerationStart } from '@/lib/rate-limit';
import { activeHubs } from './hub';
import { launch, settleStopped } from './launch';
import { newLeaseOwner } from './lease-keeper';
import { type ModelLifecycle, modelLifecycle } from './models';
import { createOutline } from './outline';
import { chooseModel, modelForDraft, providerFor } from './providers';
import type { AbortReason } from './run-generation';

/** Whether the model this install writes with (ANTHROPIC_MODEL) is deprecated or retired today. */
export function configuredModelLifecycle(): ModelLifecycle {
  return modelLifecycle(serverEnv().ANTHROPIC_MODEL);
}

/** Takes the new generation's lease and runs it here; refused when another run holds it already. */
async function launchOwned(draft: Draft): Promise<Draft> {
  const owner = newLeaseOwner();
  if (!(await createLease({ draftId: draft.id, owner, leaseMs: serverEnv().GENERATION_LEASE_MS }))) {
    throw new AppError('invalid_state', 'The post is already being written.');
  }
  return launch(draft, owner);
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
 * Who asks. A person or a script is held to the per-address, per-account and overall per-minute limits; the batch
 * queue sets its own pace (GENERATION_CONCURRENCY). Both are held to the cap on posts written at once. `personId`
 * is who a new draft is credited to (the batch's author for its jobs); null for the installation (lib/auth).
 */
export type WritingCaller = { client: string; personId: string | null } | { batchQueue: true; personId: string | null };

const BUSY_RETRY_SECONDS = 30;

/** Posts being written right now on every instance sharing the database: their live leases. */
export async function generationsRunning(): Promise<number> {
  return countLiveLeases();
}

async function admit(caller: WritingCaller): Promise<void> {
  const { MAX_CONCURRENT_GENERATIONS: cap } = serverEnv();
  if ((await generationsRunning()) >= cap) {
    throw new AppError('rate_limited', `${cap} posts are being written already, the most at once. Try again when one is done.`, undefined, {
      'Retry-After': String(BUSY_RETRY_SECONDS),
    });
  }
  if ('batchQueue' in caller) return;
  const refusal = await takeGenerationStart({ client: caller.client, personId: caller.personId });
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
  await admit(caller);
  const model = storedModel(choice);
  switch (request.kind) {
    case 'new':
      return launchOwned(await createDraft({ input: request.input, model, createdById: caller.personId }));
    case 'outline':
      return createDraft({
        input: request.input,
        model,
        outline: await createOutline(request.input, choice),
        createdById: caller.personId,
      });
    case 'resume': {
      const draft = await claimForResume({ id: request.id, model });
      if (!draft) {
        const current = await getDraft({ id: request.id });
        throw new AppError('invalid_state', `Only an interrupted draft can be resumed; this one is ${current.status}.`);
      }
      return launchOwned(draft);
    }
    case 'regenerate':
      // The current fields are kept as a revision.
      return launchOwned(await claimForRegenerate({ id: request.id, version: request.version, model }));
    case 'from_outline': {
      // The outline the person reviewed is saved first, so it is what the model follows.
      const version = await saveOutline({ id: request.id, version: request.version, outline: request.outline });
      return launchOwned(await claimForRegenerate({ id: request.id, version, model }));
    }
  }
}

const STOP_POLL_MS = 200;

/** The draft once it is no longer generating, or null if it still is after `waitMs`. */
async function settledWithin(id: string, waitMs: number): Promise<Draft | null> {
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const draft = await getDraft({ id });
    if (draft.status !== 'generating') return draft;
    await new Promise((resolve) => setTimeout(resolve, STOP_POLL_MS));
  }
  return null;
}

/**
 * Stops a running generation, keeping and parsing what was written; resolves with the stopped draft. One run by
 * another instance is asked to stop through its lease; one nobody runs any more is settled here from its log.
 */
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
  const leaseMs = serverEnv().GENERATION_LEASE_MS;
  if (await requestStop({ draftId: id })) {
    // The owner sees the request within about a second; if it died meanwhile, its lease lapses and this settles it.
    const settled = await settledWithin(id, leaseMs + 2_000);
    if (settled) return settled;
  }
  const owner = newLeaseOwner();
  if (!(await takeOverLease({ draftId: id, owner, leaseMs }))) {
    throw new AppError('not_running', 'Another server is still writing this post and did not stop it yet. Press Stop again in a moment.');
  }
  return (await settleStopped(id, owner)) ?? getDraft({ id });
}

/**
 * Deletes a draft. One being written in this process is stopped first: otherwise the model goes on writing
 * (and billing) a post nobody keeps, viewers keep receiving it, and its last save fails on the missing row.
 * One written by another instance loses its lease with the row, and that instance lets the model go.
 */
export async function deleteDraftStoppingGeneration({ id, keepInTrash = true }: { id: string; keepInTrash?: boolean }): Promise<void> {
  const hub = activeHubs.get(id);
  if (hub?.settled) {
    hub.abortController.abort('deleted' satisfies AbortReason);
    await hub.settled;
  }
  await deleteDraft({ id, keepInTrash });
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
