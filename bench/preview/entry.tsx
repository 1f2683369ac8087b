import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { StreamingMarkdown } from '@/components/streaming-markdown';
import { BaselinePreview } from './baseline-preview';
import { cutIntoDeltas, generatePost } from './generate-post';

export type RoundConfig = { seed: number; sizes: number[]; deltasPerSize: number; keystrokesPerSize: number };
export type Sample = { impl: 'ours' | 'baseline'; kind: 'alone' | 'stream' | 'typing' | 'flatten'; size: number; ms: number };
export type RoundResult = {
  samples: Sample[];
  crossOriginIsolated: boolean;
  /** Ours on every delta of the largest post's stream, as [text length, ms]: the cost over a whole generation. */
  oursEveryDelta: Array<[number, number]>;
};

type Preview = (props: { markdown: string }) => ReactNode;

declare global {
  interface Window {
    previewBench: { round(config: RoundConfig): Promise<RoundResult> };
  }
}

function mount(id: string): Root {
  const container = document.getElementById(id);
  if (!container) throw new Error(`no #${id}`);
  container.replaceChildren();
  return createRoot(container);
}

// The app renders at most once per animation frame; yielding as it does leaves the browser its idle time
// (garbage collection among it) between renders instead of inside the next timed one.
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const channel = new MessageChannel();
const nextTask = () =>
  new Promise<void>((resolve) => {
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

function timeRender(root: Root, Component: Preview, markdown: string): number {
  const start = performance.now();
  flushSync(() => root.render(<Component markdown={markdown} />));
  return performance.now() - start;
}

/** A point in the middle of the text, inside a paragraph, where an editor user would type. */
function middleOfProse(text: string): number {
  const from = Math.floor(text.length / 2);
  const sentenceEnd = text.indexOf('. ', from);
  return sentenceEnd === -1 ? from : sentenceEnd + 1;
}

/** Where the block after `offset` starts: a top-level blank line in the generated post. */
function blockStartAfter(text: string, offset: number): number {
  const gap = text.indexOf('\n\n', offset);
  return gap === -1 ? text.length : gap + 2;
}

/** End offsets of the deltas of `text`, as it would arrive from `start` on. */
function deltaEnds(text: string, start: number, seed: number): number[] {
  let end = start;
  return cutIntoDeltas(text.slice(start), seed).map((delta) => {
    end += delta.length;
    return end;
  });
}

/**
 * For each size: stream a post up to about that size into ours (untimed: the real state, built delta by delta);
 * time ours alone on the first stretch of a probe text, then both, interleaved, on the next stretch. The probe
 * is the same at every size, so sizes differ in what precedes it only. Each text handed to the previews is a
 * slice of one flat string, so no render pays to flatten a concatenation.
 */
async function round({ seed, sizes, deltasPerSize, keystrokesPerSize }: RoundConfig): Promise<RoundResult> {
  const filler = generatePost(seed, Math.max(...sizes) + 2000);
  // The probe has paragraphs, lists, tables and code like the rest; its title would be a second h1.
  const probe = generatePost(seed + 1, deltasPerSize * 120 + 500).replace(/^# .*\n\n/, '');
  const samples: Sample[] = [];
  const oursEveryDelta: Array<[number, number]> = [];
  for (const size of sizes) {
    const prefixLength = blockStartAfter(filler, size);
    const full = filler.slice(0, prefixLength) + probe;
    const ours = mount('ours');
    const baseline = mount('baseline');
    for (const end of deltaEnds(full.slice(0, prefixLength), 0, seed)) {
      await nextTask();
      const ms = timeRender(ours, StreamingMarkdown, full.slice(0, end));
      if (size === sizes.at(-1)) oursEveryDelta.push([end, ms]);
    }
    const probeEnds = deltaEnds(full, prefixLength, seed + 2);
    for (const end of probeEnds.slice(0, deltasPerSize)) {
      await nextFrame();
      samples.push({ impl: 'ours', kind: 'alone', size, ms: timeRender(ours, StreamingMarkdown, full.slice(0, end)) });
    }
    // The baseline renders only from here on (at 150 KB it is far too slow to stream a whole post): its DOM is
    // brought to the same text first, so each timed render is one delta's worth of change for both.
    timeRender(baseline, BaselinePreview, full.slice(0, probeEnds[deltasPerSize - 1]));
    for (const [index, end] of probeEnds.slice(deltasPerSize, 2 * deltasPerSize).entries()) {
      // Interleaved, with the order alternating, so drift in the machine's speed hits both alike.
      const order = index % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
      for (const impl of order) {
        await nextFrame();
        const ms = timeRender(impl === 'ours' ? ours : baseline, impl === 'ours' ? StreamingMarkdown : BaselinePreview, full.slice(0, end));
        samples.push({ impl, kind: 'stream', size, ms });
      }
    }
    const text = full.slice(0, probeEnds[2 * deltasPerSize - 1]);
    samples.push(...(await typeInTheMiddle(ours, baseline, text, size, keystrokesPerSize)));
    samples.push(...flattenCost(text, size));
    ours.unmount();
    baseline.unmount();
  }
  return { samples, crossOriginIsolated: window.crossOriginIsolated, oursEveryDelta };
}

/**
 * What the app pays before any preview renders: its body grows by concatenation, and the first read of the
 * new string copies it flat. Not in either preview's figure (they are handed slices of one flat string).
 */
function flattenCost(text: string, size: number): Sample[] {
  return Array.from({ length: 20 }, (_, index) => {
    const grown = `${text}${index} more words.`;
    const start = performance.now();
    grown.charCodeAt(0);
    return { impl: 'ours' as const, kind: 'flatten' as const, size, ms: performance.now() - start };
  });
}

/** The editor's side-by-side preview: one render per keystroke typed into a paragraph mid-text. */
async function typeInTheMiddle(ours: Root, baseline: Root, text: string, size: number, keystrokes: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const at = middleOfProse(text);
  const typed = ' and then some more words typed by hand'.repeat(4);
  for (let count = 1; count <= keystrokes; count++) {
    const edited = text.slice(0, at) + typed.slice(0, count) + text.slice(at);
    // A textarea's value is a flat string: flatten this one before the clock starts.
    edited.charCodeAt(0);
    const oursFirst = count % 2 === 0;
    for (const impl of oursFirst ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const)) {
      await nextFrame();
      const ms = timeRender(impl === 'ours' ? ours : baseline, impl === 'ours' ? StreamingMarkdown : BaselinePreview, edited);
      samples.push({ impl, kind: 'typing', size, ms });
    }
  }
  return samples;
}

window.previewBench = { round };
