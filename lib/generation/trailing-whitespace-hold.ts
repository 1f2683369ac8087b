/**
 * Passes text through but holds back trailing whitespace until more text follows. At a continuation
 * seam the held whitespace is dropped: the model writes its own after the kept text (a prefill is sent
 * trimmed; a quoted start ends before the kept text's last word).
 */
export class TrailingWhitespaceHold {
  private held = '';

  /** The part of `text` that can be committed now. */
  take(text: string): string {
    const combined = this.held + text;
    const end = combined.trimEnd().length;
    this.held = combined.slice(end);
    return combined.slice(0, end);
  }

  /** At the real end of the post: the held whitespace is part of it. */
  release(): string {
    const rest = this.held;
    this.held = '';
    return rest;
  }

  dropAtSeam(): void {
    this.held = '';
  }
}
