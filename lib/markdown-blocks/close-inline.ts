type Opener = { char: string; length: number; index: number };

// Block markers before the inline text of a line: quote, list bullet or number, task box, heading hashes.
const BLOCK_PREFIX = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?(?:#{1,6}[ \t]+)?/;
const SPACE = /\s/;
const FENCE_LINE = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:`{3,}|~{3,})/;

/**
 * Makes the last, unfinished line of `text` render as it will once finished: a link whose label or URL is still
 * being written shows as its label (a half image is left out, so no request goes to half a URL), an open code
 * span is closed, and open `*`, `**` and `~~` are closed (or dropped while nothing follows them).
 */
export function closeInline(text: string): string {
  const lineStart = text.lastIndexOf('\n') + 1;
  const line = text.slice(lineStart);
  if (line.trim() === '' || FENCE_LINE.test(line)) return text;
  const prefix = BLOCK_PREFIX.exec(line)?.[0] ?? '';
  return `${text.slice(0, lineStart)}${prefix}${closeSpans(stripPartialLink(line.slice(prefix.length)))}`;
}

/** Index just past the code span opened by the backtick run at `index`, or -1 while it is unclosed. */
function codeSpanEnd(text: string, index: number): number {
  const length = runLength(text, index);
  let search = index + length;
  while (search < text.length) {
    const next = text.indexOf('`', search);
    if (next === -1) return -1;
    const closing = runLength(text, next);
    if (closing === length) return next + closing;
    search = next + closing;
  }
  return -1;
}

function runLength(text: string, index: number): number {
  const char = text[index];
  let end = index;
  while (text[end] === char) end++;
  return end - index;
}

function stripPartialLink(text: string): string {
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 2;
    } else if (char === '`') {
      const end = codeSpanEnd(text, index);
      if (end === -1) return text;
      index = end;
    } else if (char === '[') {
      const image = text[index - 1] === '!';
      const start = image ? index - 1 : index;
      const labelEnd = closingBracket(text, index);
      if (labelEnd === -1) return image ? text.slice(0, start) : `${text.slice(0, index)}${text.slice(index + 1)}`;
      if (text[labelEnd + 1] === '(' && text.indexOf(')', labelEnd + 2) === -1) {
        return image ? text.slice(0, start) : `${text.slice(0, index)}${text.slice(index + 1, labelEnd)}`;
      }
      index++;
    } else {
      index++;
    }
  }
  return text;
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return index;
  }
  return -1;
}

function closeSpans(text: string): string {
  const openers: Opener[] = [];
  let openCode: { index: number; length: number } | null = null;
  let pendingRun = -1;
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '\\') {
      index += 2;
      continue;
    }
    if (char === '`') {
      const end = codeSpanEnd(text, index);
      if (end === -1) {
        openCode = { index, length: runLength(text, index) };
        break;
      }
      index = end;
      continue;
    }
    if (char !== '*' && char !== '~') {
      index++;
      continue;
    }
    const length = runLength(text, index);
    // A single `~` is GFM strikethrough too, but in prose it is far more often "about".
    if (char === '~' && length !== 2) {
      index += length;
      continue;
    }
    const after = text[index + length];
    const leftFlanking = after !== undefined && !SPACE.test(after);
    const rightFlanking = index > 0 && !SPACE.test(text[index - 1] ?? ' ');
    let left = length;
    if (rightFlanking) left = closeOpeners(openers, char, left);
    // A run that closed nothing with only spaces after it is the start of a marker still being written.
    if (left > 0 && text.slice(index + length).trim() === '') {
      pendingRun = index + length - left;
      break;
    }
    if (left > 0 && leftFlanking) openers.push({ char, length: left, index: index + length - left });
    index += length;
  }

  let result = pendingRun === -1 ? text : text.slice(0, pendingRun);
  let closers = '';
  if (openCode) {
    const code = result.slice(openCode.index + openCode.length);
    if (code.trim() === '') result = result.slice(0, openCode.index);
    else closers = '`'.repeat(openCode.length);
  }
  for (let top = openers.length - 1; top >= 0; top--) {
    const opener = openers[top] as Opener;
    const content = result.slice(opener.index + opener.length);
    if (closers === '' && content.trim() === '') result = result.slice(0, opener.index);
    else closers += opener.char.repeat(opener.length);
  }
  return closers === '' ? result : `${openCode && closers.startsWith('`') ? result : result.trimEnd()}${closers}`;
}

/** Matches a closing run against the nearest opener of the same character; returns what is left of the run. */
function closeOpeners(openers: Opener[], char: string, length: number): number {
  let left = length;
  let match = openers.findLastIndex((opener) => opener.char === char);
  while (left > 0 && match !== -1) {
    const opener = openers[match] as Opener;
    // Openers above the match can no longer close: they stay literal text.
    openers.length = match + 1;
    const used = char === '~' ? Math.min(left, opener.length, 2) : Math.min(left, opener.length);
    opener.length -= used;
    left -= used;
    if (opener.length === 0) openers.pop();
    match = openers.findLastIndex((item) => item.char === char);
  }
  return left;
}
