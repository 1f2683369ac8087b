import { LineCounter, parseDocument, type YAMLError } from 'yaml';

export type FrontMatterMapping = Record<string, unknown>;

export type SplitFile =
  | { kind: 'none'; body: string }
  | { kind: 'yaml'; yaml: string; body: string }
  | { kind: 'unclosed' }
  | { kind: 'toml' };

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** Separates YAML front matter (between `---` lines at the very top) from the body, as static-site generators do. */
export function splitFrontMatter(text: string): SplitFile {
  const lines = text.split('\n');
  const first = lines[0] ?? '';
  if (/^\+\+\+[ \t]*$/.test(first)) return { kind: 'toml' };
  if (!OPENING.test(first)) return { kind: 'none', body: text };
  const closing = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (closing === -1) return { kind: 'unclosed' };
  return { kind: 'yaml', yaml: lines.slice(1, closing).join('\n'), body: lines.slice(closing + 1).join('\n') };
}

export type ReadMapping = { ok: true; mapping: FrontMatterMapping } | { ok: false; reason: string };

function isPlainObject(value: unknown): value is FrontMatterMapping {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}

// Counted in the whole file, where the opening `---` is line 1.
function yamlErrorText(error: YAMLError, lineCounter: LineCounter): string {
  const { line } = lineCounter.linePos(error.pos[0]);
  return `${firstLine(error.message)} on line ${line + 1}`;
}

/**
 * The front matter as a plain object, read as YAML 1.2 so an unquoted `yes` or `2024-05-01` stays text.
 * The `yaml` defaults refuse duplicate keys and alias floods ("billion laughs").
 */
export function readFrontMatterMapping(yaml: string): ReadMapping {
  const lineCounter = new LineCounter();
  try {
    const document = parseDocument(yaml, { prettyErrors: false, lineCounter });
    const error = document.errors[0];
    if (error) return { ok: false, reason: `its front matter is not valid YAML (${yamlErrorText(error, lineCounter)})` };
    const value: unknown = document.toJS();
    if (value === null || value === undefined) return { ok: true, mapping: {} };
    if (!isPlainObject(value)) {
      return { ok: false, reason: 'its front matter is not a list of `key: value` lines' };
    }
    return { ok: true, mapping: value };
  } catch (error) {
    const detail = error instanceof Error ? ` (${firstLine(error.message)})` : '';
    return { ok: false, reason: `its front matter could not be read${detail}` };
  }
}
