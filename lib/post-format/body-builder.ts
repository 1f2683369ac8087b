import { type FenceKind, fenceKind, mayBeFence } from './fence';

// How the body may be wrapped in a fence: by its own first line (```markdown or ```), or by a fence
// the model opened before the header ('outer'), which leaves only the closing fence in the body.
type Wrapper = 'none' | 'markdown' | 'bare' | 'outer';

type HeldLine = { gap: string; line: string };

/**
 * Joins body lines with `\n`, drops blank lines before the first text and whitespace after the last,
 * and unwraps a fence only when it wraps the whole body: its closing fence is the last line.
 */
export class BodyBuilder {
  private text = '';
  // Whitespace after `text`: kept back until more text follows, since trailing whitespace is trimmed.
  private gap = '';
  private started = false;
  private wrapper: Wrapper = 'none';
  private opener = '';
  private leadGap = '';
  private innerFenceOpen = false;
  // A closing fence that may end the wrapped body; shown and kept only once text follows it.
  private held: HeldLine | null = null;

  expectClosingFence(): void {
    if (!this.started) this.wrapper = 'outer';
  }

  addLine(line: string): void {
    if (line.trim() === '') {
      this.gap += `\n${line}`;
      return;
    }
    const fence = fenceKind(line);
    if (!this.started) {
      this.started = true;
      if (this.wrapper === 'none' && (fence === 'markdown' || fence === 'bare')) {
        this.wrapper = fence;
        this.opener = line;
        this.gap = '';
        return;
      }
    }
    if (this.wrapper === 'none') this.commit(line);
    else this.addWrapped(line, fence);
  }

  /** The body so far, with `pending` (the visible part of the line being written) after it. */
  view(pending: string, pendingStart: string): string {
    if (this.held || pending === '' || mayBeFence(pendingStart)) return this.text;
    return this.text === '' ? pending : `${this.text}${this.gap}\n${pending}`;
  }

  finish(): string {
    if (this.held) this.held = null;
    else if (this.opener !== '') this.keepOpenerAsText();
    return this.text;
  }

  private addWrapped(line: string, fence: FenceKind | null): void {
    if (this.held) {
      this.commitHeld();
      if (this.wrapper === 'bare') {
        // A bare opening fence closed before the end was an ordinary code block.
        this.keepOpenerAsText();
        this.commit(line);
        return;
      }
      this.innerFenceOpen = true;
    }
    if (fence === 'bare' && !this.innerFenceOpen) {
      this.held = { gap: this.gap, line };
      this.gap = '';
      return;
    }
    if (fence !== null) this.innerFenceOpen = fence !== 'bare';
    this.commit(line);
  }

  private commit(line: string): void {
    const head = line.trimEnd();
    if (this.text === '') {
      this.leadGap = this.gap;
      this.text = head;
    } else {
      this.text += `${this.gap}\n${head}`;
    }
    this.gap = line.slice(head.length);
  }

  private commitHeld(): void {
    if (!this.held) return;
    const after = this.gap;
    this.gap = this.held.gap;
    this.commit(this.held.line);
    this.gap += after;
    this.held = null;
  }

  // The opening fence turned out not to wrap the body: it is body text again, as written.
  private keepOpenerAsText(): void {
    const head = this.opener.trimEnd();
    const trail = this.opener.slice(head.length);
    if (this.text === '') {
      this.text = head;
      this.gap = trail + this.gap;
    } else {
      this.text = `${head}${trail}${this.leadGap}\n${this.text}`;
    }
    this.opener = '';
    this.wrapper = 'none';
  }
}
