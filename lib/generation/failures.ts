/** What broke a round, as the engine decides on it: can a retry fix it, and a sentence for the person watching. */
export type GenerationFailure = { retryable: boolean; reason: string; message: string };

/** A request a retry cannot fix, for the person: who refused it, with its own words first, then what to do. */
export function refusalMessage({ who, status, said, advice }: { who: string; status: number; said: string | undefined; advice: string }) {
  const quoted = said ? `: “${said.replace(/[.\s]+$/, '')}”` : '';
  return `${who} refused the request (HTTP ${status})${quoted}. ${advice}`;
}

/** Thrown when the stream goes quiet for too long: treated like a dropped connection. */
export class IdleStreamError extends Error {
  constructor(idleMs: number) {
    super(`The model sent nothing for ${Math.round(idleMs / 1000)} s.`);
    this.name = 'IdleStreamError';
  }
}

/** Calls `cutOff` when nothing was heard for `idleMs`; every provider's stream arms it the same way. */
export function watchForSilence(idleMs: number, cutOff: () => void) {
  let fell = false;
  let timer: NodeJS.Timeout | undefined;
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      fell = true;
      cutOff();
    }, idleMs);
  };
  heard();
  return { heard, fell: () => fell, stop: () => clearTimeout(timer) };
}
