import 'server-only';
import { listCategories } from '@/lib/categories';
import { databaseProvider } from '@/lib/db/location';
import { finishGeneration, getDraft } from '@/lib/drafts';
import type { Draft } from '@/lib/drafts/draft';
import { serverEnv } from '@/lib/env';
import { parsePost } from '@/lib/post-format';
import { activeHubs, GenerationHub } from './hub';
import { keepLease } from './lease-keeper';
import { publishLiveText } from './live-text';
import { providerFor } from './providers';
import { type AbortReason, DELETED_MESSAGE, runGeneration, STOPPED_MESSAGE } from './run-generation';

const TAKEN_OVER_MESSAGE = 'Another server is writing this post now. Reload the page to follow it there.';

/** What a run that lost its lease tells its viewers: the draft was deleted, or another instance writes it now. */
async function afterLostLease(hub: GenerationHub, id: string): Promise<Draft> {
  try {
    const draft = await getDraft({ id });
    hub.emit({ type: 'error', code: 'not_running', message: TAKEN_OVER_MESSAGE });
    return draft;
  } catch (error) {
    hub.emit({ type: 'error', code: 'not_found', message: DELETED_MESSAGE });
    throw error;
  }
}

/**
 * Runs a draft's generation in this process, detached from the request that started it (closing the tab changes
 * nothing), holding its lease `owner` (already taken) and renewing it until the run ends.
 */
export function launch(draft: Draft, owner: string): Draft {
  const env = serverEnv();
  const provider = providerFor(draft.generation.provider);
  const hub = new GenerationHub(draft.id, draft.raw, owner);
  activeHubs.set(draft.id, hub);
  // Viewers on other instances follow it through PostgreSQL notifications; SQLite has one process.
  if (databaseProvider() === 'postgresql') publishLiveText(hub);
  const stopKeeping = keepLease({
    owner,
    leaseMs: env.GENERATION_LEASE_MS,
    onStopAsked: () => hub.abortController.abort('stopped' satisfies AbortReason),
    onLost: () => hub.abortController.abort('lost' satisfies AbortReason),
  });
  hub.settled = runGeneration({ draft, owner, hub, provider, model: draft.generation.model, env })
    .then(({ draft: finished }) => {
      if (!finished) return afterLostLease(hub, draft.id);
      // A deleted draft is not "interrupted" to its viewers: there is nothing left to resume.
      if (hub.abortController.signal.reason === 'deleted') hub.emit({ type: 'error', code: 'not_found', message: DELETED_MESSAGE });
      else if (finished.interruption === 'api_failed' || finished.interruption === 'api_refused') {
        hub.emit({ type: 'error', code: 'generation_failed', message: finished.error ?? 'The generation failed.' });
      } else hub.emit({ type: 'done', draft: finished });
      return finished;
    })
    .catch(async (error: unknown) => {
      if (hub.abortController.signal.reason === 'lost') throw error;
      console.error(`[generation ${draft.id}] crashed`, error);
      const message = 'Saving the post failed. The text up to the last checkpoint is kept: press Resume to continue.';
      hub.emit({ type: 'error', code: 'generation_failed', message });
      return getDraft({ id: draft.id });
    })
    .finally(() => {
      stopKeeping();
      if (activeHubs.get(draft.id) === hub) activeHubs.delete(draft.id);
    });
  // A run whose draft was deleted on another instance settles with not_found, which only those who wait for it
  // (generationSettled) need to see: it must not end the process as an unhandled rejection.
  hub.settled.catch(() => {});
  return draft;
}

/** Settles a generation nobody runs any more as stopped, from its log, holding its lease `owner` (already taken). */
export async function settleStopped(id: string, owner: string): Promise<Draft | null> {
  const draft = await getDraft({ id });
  return finishGeneration({
    id,
    owner,
    raw: draft.raw,
    parsed: parsePost(draft.raw, { categories: await listCategories() }),
    outcome: { status: 'interrupted', interruption: 'stopped', error: STOPPED_MESSAGE },
    stats: { inputTokens: 0, outputTokens: 0, stopReasons: draft.generation.stopReasons, rounds: 0, durationMs: 0, tokensEstimated: false },
  });
}
