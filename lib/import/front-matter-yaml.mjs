// @ts-check
// Plain JavaScript so the import worker (front-matter-worker.mjs) can load it with Node alone, in `next start` and in Vitest.
import { Composer, isScalar, LineCounter, Parser, visit } from 'yaml';

/** @typedef {Record<string, unknown>} FrontMatterMapping */
/** @typedef {{ ok: true; mapping: FrontMatterMapping } | { ok: false; reason: string }} ReadMapping */

/** The most keys and list items one file's front matter may hold, at every depth together. */
export const MAX_FRONT_MATTER_ENTRIES = 1_000;

/** The deepest a file's front matter may nest lists and mappings. */
export const MAX_FRONT_MATTER_DEPTH = 32;

/** @param {unknown} value @returns {value is FrontMatterMapping} */
function isPlainObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** @param {string} message */
function firstLine(message) {
  return message.split('\n')[0]?.trim() ?? message;
}

// Counted in the whole file, where the opening `---` is line 1.
/** @param {LineCounter} lineCounter @param {number} offset */
function lineOf(lineCounter, offset) {
  return lineCounter.linePos(offset).line + 1;
}

const TOO_MANY_ENTRIES = `its front matter holds more than ${MAX_FRONT_MATTER_ENTRIES.toLocaleString('en-US')} fields and list items`;

/** @param {string} detail */
const invalid = (detail) => `its front matter is not valid YAML (${detail})`;

/**
 * How deep the tokens nest and how many entries they hold, walked with a list rather than recursion. `yaml` composes
 * nested nodes recursively, and a front matter of 100,000 `[` characters must be refused before it reaches that;
 * composing 60,000 keys only to count them costs seconds, so the count is taken here too.
 * @param {import('yaml').CST.Token[]} tokens
 */
function tokenShape(tokens) {
  let deepest = 0;
  let entries = 0;
  /** @type {Array<[import('yaml').CST.Token, number]>} */
  const pending = tokens.map((token) => [token, 0]);
  for (let next = pending.pop(); next !== undefined && deepest <= MAX_FRONT_MATTER_DEPTH; next = pending.pop()) {
    const [token, depth] = next;
    if (token.type === 'document' && token.value) pending.push([token.value, depth]);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      deepest = Math.max(deepest, depth + 1);
      entries += token.items.length;
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return { depth: deepest, entries };
}

/**
 * Too many entries, or a key given twice. `yaml`'s own `uniqueKeys` check compares each key with every earlier one,
 * so 60,000 keys took a minute; a Set per mapping keeps this linear.
 * @param {import('yaml').Document.Parsed} document
 * @param {LineCounter} lineCounter
 * @returns {string | undefined}
 */
function structureProblem(document, lineCounter) {
  let entries = 0;
  /** @type {string | undefined} */
  let problem;
  visit(document, {
    Map(_key, map) {
      entries += map.items.length;
      if (entries > MAX_FRONT_MATTER_ENTRIES) {
        problem = TOO_MANY_ENTRIES;
        return visit.BREAK;
      }
      const seen = new Set();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (seen.has(key.value)) {
          problem = invalid(`Map keys must be unique on line ${lineOf(lineCounter, key.range?.[0] ?? 0)}`);
          return visit.BREAK;
        }
        seen.add(key.value);
      }
      return undefined;
    },
    Seq(_key, seq) {
      entries += seq.items.length;
      if (entries <= MAX_FRONT_MATTER_ENTRIES) return undefined;
      problem = TOO_MANY_ENTRIES;
      return visit.BREAK;
    },
  });
  return problem;
}

/**
 * The front matter as a plain object, read as YAML 1.2 so an unquoted `yes` or `2024-05-01` stays text.
 * `yaml`'s default alias limit refuses alias floods ("billion laughs"); depth and size are capped here.
 * @param {string} yaml
 * @returns {ReadMapping}
 */
export function readFrontMatterMapping(yaml) {
  const lineCounter = new LineCounter();
  try {
    const tokens = [...new Parser(lineCounter.addNewLine).parse(yaml)];
    const shape = tokenShape(tokens);
    if (shape.depth > MAX_FRONT_MATTER_DEPTH) {
      return { ok: false, reason: `its front matter nests lists and mappings more than ${MAX_FRONT_MATTER_DEPTH} levels deep` };
    }
    if (shape.entries > MAX_FRONT_MATTER_ENTRIES) return { ok: false, reason: TOO_MANY_ENTRIES };
    const [document, extra] = new Composer({ uniqueKeys: false }).compose(tokens, true, yaml.length);
    if (document === undefined) return { ok: true, mapping: {} };
    if (extra !== undefined) {
      return { ok: false, reason: invalid(`a second document starts on line ${lineOf(lineCounter, extra.range[0])}`) };
    }
    const error = document.errors[0];
    if (error) return { ok: false, reason: invalid(`${firstLine(error.message)} on line ${lineOf(lineCounter, error.pos[0])}`) };
    const problem = structureProblem(document, lineCounter);
    if (problem !== undefined) return { ok: false, reason: problem };
    const value = document.toJS();
    if (value === null || value === undefined) return { ok: true, mapping: {} };
    if (!isPlainObject(value)) return { ok: false, reason: 'its front matter is not a list of `key: value` lines' };
    return { ok: true, mapping: value };
  } catch (error) {
    const detail = error instanceof Error ? ` (${firstLine(error.message)})` : '';
    return { ok: false, reason: `its front matter could not be read${detail}` };
  }
}
