import 'server-only';
import type { GenerationPhase, StreamError } from '@/lib/draft-stream';
import type { Draft } from '@/lib/drafts/draft';

export type HubEvent =
  | { type: 'delta'; text: string }
  | ({ type: 'status' } & GenerationPhase)
  | { type: 'done'; draft: Draft }
  | ({ type: 'error' } & StreamError);

type Listener = (event: HubEvent) => void;

/**
 * The live state of one running generation in this process: the text so far and who is watching.
 * Viewers attach and detach freely; the generation never depends on them.
 */
export class GenerationHub {
  readonly draftId: string;
  /** The run's lease token: a run that takes the generation over after this one is another run. */
  readonly run: string;
  /** The length of the text the run started from, all of it in the log. */
  readonly since: number;
  /** How much of the text is checkpointed: what a viewer was sent beyond it may be rewritten by another run. */
  savedLength: number;
  readonly startedAt = Date.now();
  readonly abortController = new AbortController();
  private text = '';
  private listeners = new Set<Listener>();
  status: GenerationPhase = { phase: 'writing' };
  /** Resolves with the stored draft once the generation has ended and been saved. */
  settled: Promise<Draft> | null = null;

  constructor(draftId: string, initialText: string, run: string) {
    this.draftId = draftId;
    this.run = run;
    this.text = initialText;
    this.since = initialText.length;
    this.savedLength = initialText.length;
  }

  get textLength(): number {
    return this.text.length;
  }

  textFrom(offset: number): string {
    return this.text.slice(offset);
  }

  append(text: string): void {
    if (!text) return;
    this.text += text;
    this.emit({ type: 'delta', text });
  }

  setStatus(status: GenerationPhase): void {
    this.status = status;
    this.emit({ type: 'status', ...status });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: HubEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

// One registry per process on globalThis: route handlers, instrumentation and dev reloads get separate
// copies of this module, and all of them must see the same running generations.
const globalForHubs = globalThis as typeof globalThis & { postsmithHubs?: Map<string, GenerationHub> };
globalForHubs.postsmithHubs ??= new Map();
export const activeHubs: Map<string, GenerationHub> = globalForHubs.postsmithHubs;
