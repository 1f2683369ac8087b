import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffPart = { text: string; changed: boolean };
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string; parts?: DiffPart[]; oldNo?: number; newNo?: number };
export type DiffRow = DiffLine | { kind: 'collapsed'; count: number; run: number };
type Segment = DiffLine | { kind: 'run'; run: number; lines: DiffLine[]; head: number; tail: number };
export type DiffModel = { segments: Segment[]; added: number; removed: number };

const CONTEXT = 3;
const COLLAPSE_ABOVE = 6;
// Word diffs of long or mostly rewritten lines are noise (and costly): those lines are shown whole.
const WORD_DIFF_MAX_CHARS = 4_000;
const WORD_DIFF_MAX_EDITS = 400;
const WORD_DIFF_MIN_KEPT = 0.35;

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function wordParts(before: string, after: string): { removed: DiffPart[]; added: DiffPart[] } | null {
  if (before.length > WORD_DIFF_MAX_CHARS || after.length > WORD_DIFF_MAX_CHARS) return null;
  const changes = diffWordsWithSpace(before, after, { maxEditLength: WORD_DIFF_MAX_EDITS });
  if (!changes) return null;
  const kept = changes.reduce((sum, change) => (change.added || change.removed ? sum : sum + change.value.length), 0);
  if (kept < WORD_DIFF_MIN_KEPT * Math.max(before.length, after.length)) return null;
  return {
    removed: changes.filter((change) => !change.added).map((change) => ({ text: change.value, changed: change.removed })),
    added: changes.filter((change) => !change.removed).map((change) => ({ text: change.value, changed: change.added })),
  };
}

/** A unified line diff with word-level detail inside changed line pairs. */
export function buildDiff(before: string, after: string): DiffModel {
  const changes = diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'), { ignoreNewlineAtEof: true });
  const segments: Segment[] = [];
  let oldNo = 1;
  let newNo = 1;
  let added = 0;
  let removed = 0;
  let run = 0;

  for (let index = 0; index < changes.length; index++) {
    const change = changes[index];
    if (!change) continue;
    if (change.removed) {
      const removedLines = splitLines(change.value);
      const next = changes[index + 1];
      const addedLines = next?.added ? splitLines(next.value) : [];
      if (next?.added) index++;
      const pairs = removedLines.map((line, position) => {
        const partner = addedLines[position];
        return partner === undefined ? null : wordParts(line, partner);
      });
      removedLines.forEach((text, position) => {
        segments.push({ kind: 'removed', text, parts: pairs[position]?.removed, oldNo: oldNo++ });
      });
      addedLines.forEach((text, position) => {
        segments.push({ kind: 'added', text, parts: pairs[position]?.added, newNo: newNo++ });
      });
      removed += removedLines.length;
      added += addedLines.length;
    } else if (change.added) {
      const addedLines = splitLines(change.value);
      for (const text of addedLines) segments.push({ kind: 'added', text, newNo: newNo++ });
      added += addedLines.length;
    } else {
      const lines = splitLines(change.value).map((text): DiffLine => ({ kind: 'same', text, oldNo: oldNo++, newNo: newNo++ }));
      segments.push({ kind: 'run', run: run++, lines, head: index === 0 ? 0 : CONTEXT, tail: index === changes.length - 1 ? 0 : CONTEXT });
    }
  }
  return { segments, added, removed };
}

/** Long unchanged runs become one "N unchanged lines" row, keeping a few lines of context next to changes. */
export function foldRuns(segments: readonly Segment[], expandedRuns: ReadonlySet<number>): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const segment of segments) {
    if (segment.kind !== 'run') {
      rows.push(segment);
      continue;
    }
    const { run, lines, head, tail } = segment;
    const hidden = lines.length - head - tail;
    if (lines.length <= COLLAPSE_ABOVE || hidden < 2 || expandedRuns.has(run)) {
      rows.push(...lines);
    } else {
      rows.push(...lines.slice(0, head), { kind: 'collapsed', count: hidden, run }, ...lines.slice(head + hidden));
    }
  }
  return rows;
}
