import { BodyBuilder } from './body-builder';
import type { Category } from './categories';
import { findBareMarkerAtEnd, type MarkerSpan, textBeforeMarker } from './end-marker';
import { fenceKind, mayBeFence } from './fence';
import { HeaderFields } from './header-fields';
import { type FieldLine, LABEL_MAX_LENGTH, matchFieldLine, startsBodyText } from './labels';
import { StreamingLine } from './streaming-line';
import { TextAfterMarker } from './text-after-marker';

export type ParsedPost = {
  title: string;
  metaDescription: string;
  tags: string[];
  categories: Category[];
  body: string;
  warnings: string[];
  ended: boolean;
};

// Lines before the first field that are not a field ("Sure, here is…") are dropped, but only a few:
// an output with no header at all is kept as body.
const MAX_PREAMBLE_LINES = 3;

const NO_BODY = 'The model wrote no post body.';

type Section = 'preamble' | 'header' | 'body';

/**
 * Parses the model's post format as it streams: header fields, then the Markdown body, up to an end marker.
 * Each character is examined a bounded number of times, so pushing many small deltas costs linear time.
 */
export class PostParser {
  private readonly header = new HeaderFields();
  private readonly body = new BodyBuilder();
  private readonly line = new StreamingLine(LABEL_MAX_LENGTH);
  private readonly afterMarker = new TextAfterMarker();
  private section: Section = 'preamble';
  private preamble: string[] = [];
  private preambleTextLines = 0;
  private ended = false;
  private result: ParsedPost | null = null;

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
    const pending = this.section === 'body' && !this.ended ? this.line.visible() : '';
    return this.post(this.body.view(pending, this.line.start), this.header.warnings);
  }

  finish(): ParsedPost {
    if (this.result) return this.result;
    if (!this.ended && this.line.length > 0) this.completeLine();
    if (this.section === 'preamble') this.preambleIsBody();
    const body = this.body.finish();
    this.result = this.post(body, [...this.header.warnings, ...this.header.missingWarnings(), ...(body === '' ? [NO_BODY] : [])]);
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
    this.section = 'body';
    this.line.startTracking();
  }

  private takeLine(line: string): void {
    if (this.section === 'body') {
      this.body.addLine(line);
      return;
    }
    const field = matchFieldLine(line);
    if (field) {
      this.takeField(field);
    } else if (line.trim() === '') {
      if (this.section === 'preamble' && this.preamble.length > 0) this.preamble.push(line);
    } else if (this.section === 'header') {
      this.section = 'body';
      this.body.addLine(line);
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
  }

  private preambleIsBody(): void {
    this.section = 'body';
    for (const line of this.preamble) this.body.addLine(line);
    this.preamble = [];
  }
}

/** Parses a complete model reply. */
export function parsePost(raw: string): ParsedPost {
  const parser = new PostParser();
  parser.push(raw);
  return parser.finish();
}
