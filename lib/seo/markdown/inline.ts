import type { MarkdownLink } from './types';

/** Where links and images found in inline text are collected; absent inside link text, where links do not nest. */
export type InlineSink = { links: MarkdownLink[]; images: number };

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK = /<([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/y;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--[\s\S]*?-->/y;
const BARE_URL = /(?:https?:\/\/|www\.)[^\s<]+/iy;
const URL_WITH_HOST = /^(?:https?:\/\/|www\.)[^./]/i;
const URL_TRAILING_PUNCTUATION = /[?!.,:*_~'"]/;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

type Destination = { url: string; end: number };

/**
 * The visible text of one block's inline Markdown, in one left-to-right pass: emphasis markers dropped,
 * code spans kept as text, link text kept and the link recorded, images and HTML tags dropped.
 * In a table row, `|` separates cells and reads as a space.
 */
export function scanInline(source: string, sink: InlineSink | null, table = false): string {
  const out: string[] = [];
  const unclosedCodeRuns = new Set<number>();
  let plainFrom = 0;
  let i = 0;
  const emit = (text: string, next: number) => {
    out.push(source.slice(plainFrom, i), text);
    i = next;
    plainFrom = next;
  };
  while (i < source.length) {
    const char = source[i];
    if (char === '\\') {
      const next = source[i + 1];
      if (next !== undefined && ASCII_PUNCTUATION.test(next)) emit(next, i + 2);
      else i++;
    } else if (char === '`') {
      let run = 1;
      while (source[i + run] === '`') run++;
      const close = unclosedCodeRuns.has(run) ? -1 : findCodeClose(source, i + run, run);
      if (close === -1) {
        unclosedCodeRuns.add(run);
        emit('', i + run);
      } else emit(` ${source.slice(i + run, close).trim()} `, close + run);
    } else if (char === '[' || char === '<' || (char === '!' && source[i + 1] === '[')) {
      const found = char === '<' ? scanAngle(source, i, sink) : scanLinkOrImage(source, i, sink);
      if (found) emit(found.text, found.next);
      else i++;
    } else if ((char === 'h' || char === 'H' || char === 'w' || char === 'W') && startsUrl(source, i)) {
      BARE_URL.lastIndex = i;
      const match = BARE_URL.exec(source);
      const url = match ? trimUrl(match[0]) : '';
      if (URL_WITH_HOST.test(url)) {
        sink?.links.push({ text: url, url, wellFormed: true });
        i += url.length;
      } else i++;
    } else if (char === '*' || char === '~' || (char === '|' && table)) {
      emit(char === '|' ? ' ' : '', i + 1);
    } else if (char === '_' && !(isWordChar(source[i - 1]) && isWordChar(source[i + 1]))) {
      emit('', i + 1);
    } else i++;
  }
  out.push(source.slice(plainFrom));
  return out.join('');
}

type Replacement = { text: string; next: number };

function scanLinkOrImage(source: string, start: number, sink: InlineSink | null): Replacement | null {
  const image = source[start] === '!';
  const open = image ? start + 1 : start;
  const close = findLabelClose(source, open + 1);
  if (close === -1 || source[close + 1] !== '(') return null;
  const label = source.slice(open + 1, close);
  const destination = parseDestination(source, close + 1);
  if (destination && image) {
    if (sink) sink.images++;
    return { text: '', next: destination.end };
  }
  if (image) return null;
  const text = scanInline(label, null);
  if (destination) {
    sink?.links.push({ text, url: destination.url, wellFormed: true });
    return { text, next: destination.end };
  }
  // `[text](url with spaces)` renders as plain text: the person meant a link, so it is reported as malformed.
  const end = findMalformedEnd(source, close + 2);
  sink?.links.push({ text, url: source.slice(close + 2, end).trim(), wellFormed: false });
  return { text, next: source[end] === ')' ? end + 1 : end };
}

function scanAngle(source: string, start: number, sink: InlineSink | null): Replacement | null {
  for (const pattern of [AUTOLINK, EMAIL_AUTOLINK]) {
    pattern.lastIndex = start;
    const match = pattern.exec(source);
    if (match) {
      const url = match[1] ?? '';
      sink?.links.push({ text: url, url: pattern === EMAIL_AUTOLINK ? `mailto:${url}` : url, wellFormed: true });
      return { text: url, next: pattern.lastIndex };
    }
  }
  HTML_TAG.lastIndex = start;
  return HTML_TAG.exec(source) ? { text: ' ', next: HTML_TAG.lastIndex } : null;
}

// Nested brackets are not followed: the scan stops at the next `[`, which keeps the whole pass linear.
function findLabelClose(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') return -1;
    else if (char === ']') return i;
  }
  return -1;
}

function parseDestination(source: string, open: number): Destination | null {
  let i = skipSpaces(source, open + 1);
  let url: string;
  if (source[i] === '<') {
    const close = source.indexOf('>', i + 1);
    if (close === -1) return null;
    url = source.slice(i + 1, close);
    if (url.includes('<')) return null;
    i = close + 1;
  } else {
    const start = i;
    let depth = 0;
    for (; i < source.length; i++) {
      const char = source[i];
      if (char === '\\') i++;
      else if (char === '(') depth++;
      else if (char === ')' && depth-- === 0) break;
      else if (char === ' ' || char === '\t' || char === '\n') break;
    }
    url = source.slice(start, i);
  }
  i = skipSpaces(source, i);
  const closer = titleCloser(source[i]);
  if (closer !== null) {
    const close = source.indexOf(closer, i + 1);
    if (close === -1) return null;
    i = skipSpaces(source, close + 1);
  }
  return source[i] === ')' ? { url, end: i + 1 } : null;
}

function titleCloser(char: string | undefined): string | null {
  if (char === '"' || char === "'") return char;
  return char === '(' ? ')' : null;
}

function findMalformedEnd(source: string, from: number): number {
  const close = source.indexOf(')', from);
  if (close !== -1) return close;
  const space = source.slice(from).search(/\s/);
  return space === -1 ? source.length : from + space;
}

function findCodeClose(source: string, from: number, run: number): number {
  const fence = '`'.repeat(run);
  for (let at = source.indexOf(fence, from); at !== -1; at = source.indexOf(fence, at + run)) {
    if (source[at + run] !== '`') return at;
    while (source[at + run] === '`') at++;
  }
  return -1;
}

function startsUrl(source: string, i: number): boolean {
  const before = source[i - 1];
  return before === undefined || /[\s*_~(]/.test(before);
}

// As GFM does: trailing punctuation and an unbalanced closing parenthesis are not part of a bare URL.
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? '';
    if (URL_TRAILING_PUNCTUATION.test(last)) end--;
    else if (last === ')' && occurrences(url, '(', end) < occurrences(url, ')', end)) end--;
    else return url.slice(0, end);
  }
}

function occurrences(text: string, char: string, end: number): number {
  let total = 0;
  for (let i = 0; i < end; i++) if (text[i] === char) total++;
  return total;
}

function skipSpaces(source: string, from: number): number {
  let i = from;
  while (source[i] === ' ' || source[i] === '\t' || source[i] === '\n') i++;
  return i;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}
