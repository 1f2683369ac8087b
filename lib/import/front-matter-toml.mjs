// @ts-check
// Plain JavaScript, like front-matter-yaml.mjs, so the import worker can load it with Node alone.
import { parse, TomlError } from 'smol-toml';
import { MAX_FRONT_MATTER_DEPTH, MAX_FRONT_MATTER_ENTRIES } from './front-matter-yaml.mjs';

/** @typedef {import('./front-matter-yaml.mjs').ReadMapping} ReadMapping */

/**
 * Too deep or too many entries, walked with a list rather than recursion. Inline arrays and tables are already
 * capped while parsing (`maxDepth`); `[a.b.c…]` headers nest without that limit, so the result is walked too.
 * @param {unknown} root
 * @returns {string | undefined}
 */
function structureProblem(root) {
  let entries = 0;
  /** @type {Array<[unknown, number]>} */
  const pending = [[root, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value !== 'object' || value === null || value instanceof Date) continue;
    if (depth >= MAX_FRONT_MATTER_DEPTH) {
      return `its front matter nests lists and tables more than ${MAX_FRONT_MATTER_DEPTH} levels deep`;
    }
    const children = Array.isArray(value) ? value : Object.values(value);
    entries += children.length;
    if (entries > MAX_FRONT_MATTER_ENTRIES) {
      return `its front matter holds more than ${MAX_FRONT_MATTER_ENTRIES.toLocaleString('en-US')} fields and list items`;
    }
    for (const child of children) pending.push([child, depth + 1]);
  }
  return undefined;
}

/** @param {string} message */
function firstLine(message) {
  return message.split('\n')[0]?.trim() ?? message;
}

/**
 * TOML front matter (between `+++` lines, what `hugo new` writes: https://gohugo.io/content-management/front-matter/)
 * as a plain object. Its size is capped before it gets here (MAX_FILE_BYTES, MAX_IMPORT_BYTES), smol-toml reads it in
 * one pass, and like YAML it is read in the import worker, which is stopped when the import's time budget runs out.
 * @param {string} toml
 * @returns {ReadMapping}
 */
export function readTomlFrontMatter(toml) {
  try {
    const table = parse(toml, { maxDepth: MAX_FRONT_MATTER_DEPTH, unsafeKeyBehaviour: 'drop' });
    const problem = structureProblem(table);
    if (problem !== undefined) return { ok: false, reason: problem };
    // TomlDate is a Date subclass; a plain Date is what the field readers and the worker's messages expect.
    const mapping = Object.fromEntries(
      Object.entries(table).map(([key, value]) => [key, value instanceof Date ? new Date(value.getTime()) : value]),
    );
    return { ok: true, mapping };
  } catch (error) {
    if (error instanceof TomlError) {
      return { ok: false, reason: `its front matter is not valid TOML (${firstLine(error.message)} on line ${error.line + 1})` };
    }
    const detail = error instanceof Error ? ` (${firstLine(error.message)})` : '';
    return { ok: false, reason: `its front matter could not be read${detail}` };
  }
}
