import { BodyBuilder } from './body-builder';
import { ClosingRemarks } from './closing-remark';
import { findBareMarkerAtEnd, type MarkerSpan, textBeforeMarker } from './end-marker';
import { fenceKind, mayBeFence } from './fence';
import { type HeaderField, HeaderFields } from './header-fields';
import { type FieldLine, LABEL_MAX_LENGTH, matchFieldLine, matchTitleHeading, mayBeTitleHeading, startsBodyText } from './labels';
import { StreamingLine } from './streaming-line';
import { TextAfterMarker } from './text-after-marker';

export type ParsedPost = {
  title: string;
  metaDescription: string;
  tags: string[];
  categories: string[];
  body: string;
  warnings: string[];
  ended: boolean;
};

// Lines before the first field that are not a field ("Sure, here is…") are dropped, but only a few:
// an output with no header at all is kept as body.
const MAX_PREAMBLE_LINES = 3;

const NO_BODY = 'The model wrote no post body.';

// The value on the line after a label that stood alone is header-sized: a longer line is the body's first paragraph.
const MAX_VALUE_LINE = 300;

type Section = 'preamble' | 'header' | 'body';

/**
 * Parses the model's post format as it streams: header fields, then the Markdown body, up to an end marker.
 * Each character is examined a bounded number of times, so pushing many small deltas costs linear time.
 */
export class PostParser {
  private readonly header: HeaderFields;
  private readonly body = new BodyBuilder();
  private readonly remarks = new ClosingRemarks(this.body);
  private readonly line = new StreamingLine(LABEL_MAX_LENGTH);
  private readonly afterMarker = new TextAfterMarker();
  private section: Section = 'preamble';
  private preamble: string[] = [];
  private preambleTextLines = 0;
  // A label that stood alone on its line (`**Title:**`): its value may be the next line.
  private awaiting: HeaderField | null = null;
  private ended = false;
  private result: ParsedPost | null = null;

  /** `categories`: the list the model was offered, when it is more than the fixed one (an install's own added). */
  constructor({ categories }: { categories?: readonly string[] } = {}) {
    this.header = new HeaderFields(categories);
  }

  push(delta: string): void {
    if (this.result) throw new Error('PostParser.push() was called after finish().');
    let from = 0;
    while (!this.ended) {
      const newline = delta.indexOf('\n', from);
      const end = newline === -1 ? delta.length : newline;
      const marker = this.line.append(delta.slice(from, end));
      from = end;
      if (marker) {
        this.endAtMarker(marker);
        break;
      }
      if (newline === -1) {
        this.startBodyEarly();
        // Shown text never ends in whitespace: once there is some, the line is more than blank.
        if (this.remarks.holding && this.line.visible() !== '') this.remarks.releaseUnlessTail(this.line.start, this.line.length);
        return;
      }
      this.completeLine();
      from = newline + 1;
    }
    this.afterMarker.add(delta.slice(from));
  }

  /** What is known so far: complete header lines, and the body up to the last character that is surely body text. */
  snapshot(): ParsedPost {
    if (this.result) return this.result;
    const showsLine = this.section === 'body' && !this.ended && !this.remarks.hidesPending(this.line.start, this.line.length);
    const pending = showsLine ? this.line.visible() : '';
    return this.post(this.body.view(pending, this.line.start), this.header.warnings);
  }

  finish(): ParsedPost {
    if (this.result) return this.result;
    if (!this.ended && this.line.length > 0) this.completeLine();
    if (this.section === 'preamble') this.preambleIsBody();
    const remark = this.remarks.finish();
    const body = this.body.finish();
    this.result = this.post(body, [
      ...this.header.warnings,
      ...this.header.missingWarnings(),
      ...(body === '' ? [NO_BODY] : []),
      ...(remark === null ? [] : [remark]),
    ]);
    return this.result;
  }

  private post(body: string, warnings: string[]): ParsedPost {
    const afterMarker = this.afterMarker.warning();
    return {
      title: this.header.title,
      metaDescription: this.header.metaDescription,
      tags: [...this.header.tags],
      categories: [...this.header.categories],
      body,
      warnings: afterMarker === null ? [...warnings] : [...warnings, afterMarker],
      ended: this.ended,
    };
  }

  private completeLine(): void {
    const text = this.line.text();
    this.takeCompleteLine(text.endsWith('\r') ? text.slice(0, -1) : text);
    this.line.reset(this.section === 'body');
  }

  private takeCompleteLine(line: string): void {
    const marker = findBareMarkerAtEnd(line);
    if (marker) {
      this.takeLine(textBeforeMarker(line.slice(0, marker.start)));
      this.ended = true;
    } else {
      this.takeLine(line);
    }
  }

  private endAtMarker(marker: MarkerSpan): void {
    const text = this.line.text();
    this.afterMarker.add(text.slice(marker.end));
    this.takeLine(textBeforeMarker(text.slice(0, marker.start)));
    this.ended = true;
    this.line.reset(false);
  }

  // A long header-section line that cannot be a label is the body's first line: show it while it grows.
  private startBodyEarly(): void {
    if (this.section !== 'header' || this.line.tracking || !startsBodyText(this.line.start) || mayBeFence(this.line.start)) return;
    // + 1: a CRLF's \r, which the complete line loses.
    if (this.awaiting !== null && this.line.length <= MAX_VALUE_LINE + 1) return;
    if (this.header.title === '' && mayBeTitleHeading(this.line.start)) return;
    this.section = 'body';
    this.line.startTracking();
  }

  private takeLine(line: string): void {
    if (this.section === 'body') {
      this.remarks.addLine(line);
      return;
    }
    const awaiting = this.awaiting;
    this.awaiting = null;
    const field = matchFieldLine(line) ?? this.titleHeading(line);
    if (field) {
      this.takeField(field);
    } else if (awaiting !== null && isValueLine(line)) {
      this.header.set(awaiting, line);
    } else if (line.trim() === '') {
      if (this.section === 'preamble' && this.preamble.length > 0) this.preamble.push(line);
    } else if (this.section === 'header') {
      this.section = 'body';
      this.remarks.addLine(line);
    } else {
      this.preamble.push(line);
      this.preambleTextLines += 1;
      if (this.preambleTextLines > MAX_PREAMBLE_LINES) this.preambleIsBody();
    }
  }

  private takeField({ field, value }: FieldLine): void {
    if (this.section === 'preamble') {
      // A fence opened before the header (the whole reply fenced) is closed at the end of the body.
      const lastText = this.preamble.findLast((line) => line.trim() !== '');
      if (lastText !== undefined && fenceKind(lastText) !== null) this.body.expectClosingFence();
      this.preamble = [];
    }
    if (field === 'content') {
      this.section = 'body';
      // The label's own line may already hold the first body line, which may end the post.
      if (value.trim() !== '') this.takeCompleteLine(value.trimStart());
      return;
    }
    this.section = 'header';
    this.header.set(field, value);
    if (value.trim() === '') this.awaiting = field;
  }

  // `# Title` before the body, while no title has been written, is the title.
  private titleHeading(line: string): FieldLine | null {
    if (this.header.title !== '') return null;
    const value = matchTitleHeading(line);
    return value === null ? null : { field: 'title', value };
  }

  private preambleIsBody(): void {
    this.section = 'body';
    for (const line of this.preamble) this.remarks.addLine(line);
    this.preamble = [];
  }
}

// The value of a label that stood alone on the line before: short plain text, not the start of Markdown structure.
function isValueLine(line: string): boolean {
  return line.length <= MAX_VALUE_LINE && line.trim() !== '' && !/^\s*(?:[#>|`~]|[-*+][ \t]|\d{1,2}[.)][ \t])/.test(line);
}

/** Parses a complete model reply. */
export function parsePost(raw: string, options: { categories?: readonly string[] } = {}): ParsedPost {
  const parser = new PostParser(options);
  parser.push(raw);
  return parser.finish();
}
