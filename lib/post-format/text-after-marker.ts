const SAMPLE_LENGTH = 60;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const HIGH_SURROGATE_AT_END = /[\uD800-\uDBFF]$/;

/** Remembers whether the model wrote anything after the end marker, and how it began, for a warning. */
export class TextAfterMarker {
  private sample = '';
  // Half of a surrogate pair, whose other half is in the next delta.
  private carry = '';

  add(text: string): void {
    if (this.sample.length > SAMPLE_LENGTH) return;
    let input = this.carry + text;
    this.carry = '';
    if (this.sample === '') {
      // Leftover dashes, bold or whitespace around the marker are not worth a warning: words are.
      const from = input.search(WORD_CHARACTER);
      if (from === -1) {
        if (HIGH_SURROGATE_AT_END.test(input)) this.carry = input.slice(-1);
        return;
      }
      input = input.slice(from);
    }
    this.sample += input.slice(0, SAMPLE_LENGTH + 1 - this.sample.length);
  }

  warning(): string | null {
    if (this.sample === '') return null;
    const quoted = this.sample.slice(0, SAMPLE_LENGTH).replace(HIGH_SURROGATE_AT_END, '').replace(/\s+/g, ' ').trim();
    const more = this.sample.length > SAMPLE_LENGTH ? '…' : '';
    return `The model wrote text after the end marker; it was not kept: "${quoted}${more}"`;
  }
}
