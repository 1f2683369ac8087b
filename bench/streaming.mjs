// What the streaming benches share: posts made of unique markers, a recording proxy in front of the fake model
// that stamps when each marker leaves the "model", and viewers that note when each arrives.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';

export const DELTAS = 600;
export const DELTA_MS = 5;

// Every marker is unique across all posts, so the proxy's stamp and the viewers' arrivals can be matched.
// ASCII, so it reads the same inside JSON-encoded events on both sides.
export const TOKEN = (post, n) => `[[${String(post).padStart(2, '0')}-${String(n).padStart(5, '0')}]] `;
export const MARKER = /\[\[(\d{2}-\d{5})\]\]/g;

export function postText(index) {
  let body = '';
  for (let n = 0; n < DELTAS; n++) body += TOKEN(index, n);
  return `TITLE: Load ${index}\nMETA_DESCRIPTION: m\nTAGS: a\nCATEGORIES: News\n\n${body}\n-EndOFText-`;
}

/** Forwards to the fake and stamps the moment each marker passes on its way to the app. */
export function startRecordingProxy(targetUrl, sentAt) {
  const target = new URL(targetUrl);
  const server = createServer((incoming, outgoing) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        // Markers can straddle two deltas: rebuild the streamed text from the events, then look for them.
        let pending = '';
        let text = '';
        let scanned = 0;
        response.on('data', (chunk) => {
          const now = performance.now();
          pending += chunk.toString('utf8');
          const lines = pending.split('\n');
          pending = lines.pop() ?? '';
          for (const line of lines) {
            if (!line.startsWith('data: ')) continue;
            const delta = JSON.parse(line.slice(6)).delta;
            if (delta?.type === 'text_delta') text += delta.text;
          }
          for (const match of text.slice(scanned).matchAll(MARKER)) {
            if (!sentAt.has(match[1])) sentAt.set(match[1], now);
          }
          scanned = Math.max(scanned, text.length - 14);
          outgoing.write(chunk);
        });
        response.on('end', () => outgoing.end());
      },
    );
    incoming.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
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

/** Reads a draft's event stream to its end, noting when each marker arrives; `onOpen` hears when the response began. */
export async function watch(url, arrivals, onOpen = () => {}) {
  const connectedAt = performance.now();
  const response = await fetch(url);
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
