type OpenFence = { indent: string; marker: string; lineStart: number };

const OPENER = /^([ \t]*(?:>[ \t]?)*[ \t]*)(`{3,}|~{3,})(.*)$/;
const CLOSER = /^[ \t]*(?:>[ \t]?)*[ \t]*(`{3,}|~{3,})[ \t]*$/;

/**
 * The code fence still open at the end of `text`, if any. Any indentation is allowed: a fence inside a list
 * item is far more common in model output than an indented code block that holds a fence line.
 */
export function findOpenFence(text: string): OpenFence | null {
  let open: OpenFence | null = null;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    if (open) {
      const closer = CLOSER.exec(line);
      const run = closer?.[1];
      if (run && run[0] === open.marker[0] && run.length >= open.marker.length) open = null;
      continue;
    }
    const opener = OPENER.exec(line);
    const run = opener?.[2];
    if (!opener || !run) continue;
    if (run[0] === '`' && opener[3]?.includes('`')) continue;
    open = { indent: opener[1] ?? '', marker: run, lineStart: start };
  }
  return open;
}

/** Closes an open fence; a half-typed closing line (```` `` ````) is dropped rather than shown as code. */
export function closeFence(text: string, fence: OpenFence): string {
  const lastBreak = text.lastIndexOf('\n');
  const lastLine = text.slice(lastBreak + 1);
  const fenceChar = fence.marker[0] ?? '`';
  const trimmed = lastLine.trim();
  const partialCloser = lastBreak + 1 > fence.lineStart && /^(`+|~+)$/.test(trimmed) && trimmed[0] === fenceChar;
  const body = partialCloser ? text.slice(0, lastBreak + 1) : text;
  return `${body}${body.endsWith('\n') ? '' : '\n'}${fence.indent}${fence.marker}\n`;
}
