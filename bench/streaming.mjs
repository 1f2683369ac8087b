// What the streaming benches share: posts made of unique markers, a stamper that notes when the fake model sends
// each marker, and viewers that note when each arrives.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const DELTAS = 600;
export const DELTA_MS = 5;

// Every marker is unique across all posts, so the fake's stamp and the viewers' arrivals can be matched.
// ASCII, so it reads the same inside JSON-encoded events on both sides.
export const TOKEN = (post, n) => `[[${String(post).padStart(2, '0')}-${String(n).padStart(5, '0')}]] `;
export const MARKER = /\[\[(\d{2}-\d{5})\]\]/g;

export function postText(index) {
  let body = '';
  for (let n = 0; n < DELTAS; n++) body += TOKEN(index, n);
  return `TITLE: Load ${index}\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n${body}\n-EndOFText-`;
}

/**
 * For the fake model's `onTextSent`: stamps in `sentAt` the moment each marker is about to be written to the app.
 * The fake stamps its own writes, so no proxy between it and the app adds a hop or takes CPU from the app.
 */
export function markerStamper(sentAt) {
  // Markers can straddle two deltas: each response's text so far is kept and searched from a little before its end.
  const texts = new Map();
  return (piece, requestId) => {
    const now = performance.now();
    const before = texts.get(requestId) ?? '';
    const text = before + piece;
    texts.set(requestId, text);
    for (const match of text.slice(Math.max(0, before.length - 14)).matchAll(MARKER)) {
      if (!sentAt.has(match[1])) sentAt.set(match[1], now);
    }
  };
}

export function processCpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export function peakRssMb(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('VmHWM:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) / 1024;
}

export function nextServerPid(parentPid) {
  const children = spawnSync('pgrep', ['-P', String(parentPid)], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')
    .filter(Boolean);
  return Number(children[0] ?? parentPid);
}

/**
 * Reads a draft's event stream to its end, noting when each marker arrives; `onOpen` hears when the response began.
 * `headers` go with the request (a session cookie).
 */
export async function watch(url, arrivals, onOpen = () => {}, headers = {}) {
  const connectedAt = performance.now();
  const response = await fetch(url, { headers });
  onOpen(performance.now() - connectedAt);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) return;
    const now = performance.now();
    buffer += decoder.decode(value, { stream: true });
    // The final `done` event carries the whole draft: only delta events count.
    const doneAt = buffer.search(/event: (done|error)/);
    const ended = doneAt !== -1;
    if (ended) buffer = buffer.slice(0, doneAt);
    let counted = 0;
    for (const match of buffer.matchAll(MARKER)) {
      arrivals.push({ key: match[1], at: now, connectedAt });
      counted = match.index + match[0].length;
    }
    // What follows the last whole marker may hold half of the next one.
    buffer = counted > 0 ? buffer.slice(counted) : buffer.slice(-14);
    if (ended) return;
  }
}

export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
