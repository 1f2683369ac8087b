import { findDecoratedMarker, heldTailStart, MARKER_WINDOW, type MarkerSpan } from './end-marker';

/**
 * The line being received, in pieces. Each piece is examined with a bounded window of the text before it,
 * so a huge line arriving in tiny deltas costs linear time. When tracking, it also keeps the part that can
 * be shown: everything but trailing whitespace and a tail that may still become an end marker.
 */
export class StreamingLine {
  length = 0;
  start = '';
  tracking = false;
  private parts: string[] = [];
  private tail = '';
  private released = 0;
  private shown = '';
  private shownSpace = '';
  private readonly startSize: number;

  constructor(startSize: number) {
    this.startSize = startSize;
  }

  /** Adds text without newlines; returns the position of an end marker it completes, if any. */
  append(piece: string): MarkerSpan | null {
    if (piece === '') return null;
    const regionStart = this.length - this.tail.length;
    const region = this.tail + piece;
    this.parts.push(piece);
    this.length += piece.length;
    if (this.start.length < this.startSize) this.start += piece.slice(0, this.startSize - this.start.length);
    this.tail = region.slice(-MARKER_WINDOW);
    const marker = findDecoratedMarker(region);
    if (marker) return { start: regionStart + marker.start, end: regionStart + marker.end };
    if (this.tracking) this.release(region, regionStart);
    return null;
  }

  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }

  visible(): string {
    return this.shown;
  }

  startTracking(): void {
    this.tracking = true;
    this.release(this.text(), 0);
  }

  reset(tracking: boolean): void {
    this.length = 0;
    this.start = '';
    this.tracking = tracking;
    this.parts = [];
    this.tail = '';
    this.released = 0;
    this.shown = '';
    this.shownSpace = '';
  }

  // `region` is the line from `regionStart` on; it covers everything not yet released.
  private release(region: string, regionStart: number): void {
    const markerHold = this.length - this.tail.length + heldTailStart(this.tail);
    // Half a surrogate pair waits for its other half, so a snapshot never ends in a broken character.
    const hold = Math.max(this.released, markerHold === this.length && /[\uD800-\uDBFF]$/.test(this.tail) ? markerHold - 1 : markerHold);
    const piece = region.slice(this.released - regionStart, hold - regionStart);
    this.released = hold;
    const text = piece.trimEnd();
    if (text === '') {
      this.shownSpace += piece;
      return;
    }
    this.shown += this.shownSpace + text;
    this.shownSpace = piece.slice(text.length);
  }
}
