// A deterministic stand-in for a long model-written post: the block kinds and inline syntax Claude uses.

const WORDS = (
  'the a of to and in for with on is that this your you can it as by from more at be are or how when which ' +
  'performance cache server client latency deploy container cluster request response index query database ' +
  'render stream token model prompt budget budgeting team workflow pipeline release metric dashboard audit ' +
  'security privacy backup restore migration schema storage network traffic bandwidth cost price plan setup ' +
  'simple fast reliable secure practical common modern typical small large better worse first next final'
).split(' ');
const LANGUAGES = ['ts', 'bash', 'python', 'yaml', 'sql'];
const FENCE = '```';

export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePost(seed: number, minLength: number): string {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
  const title = (count: number) => words(count).replace(/^\w/, (first) => first.toUpperCase());
  const inline = () => {
    const roll = next();
    if (roll < 0.08) return `**${words(between(1, 3))}**`;
    if (roll < 0.12) return `*${words(between(1, 2))}*`;
    if (roll < 0.17) return `\`${pick(WORDS)}_${pick(WORDS)}()\``;
    if (roll < 0.2) return `[${words(between(1, 3))}](https://example.com/${pick(WORDS)})`;
    return words(between(3, 8));
  };
  const sentence = () => {
    const text = Array.from({ length: between(2, 4) }, inline).join(' ');
    return `${text.replace(/^\w/, (first) => first.toUpperCase())}.`;
  };
  const paragraph = () => Array.from({ length: between(3, 6) }, sentence).join(' ');
  const list = (ordered: boolean) =>
    Array.from({ length: between(3, 6) }, (_, index) => `${ordered ? `${index + 1}.` : '-'} ${sentence()}`).join('\n');
  const table = () => {
    const columns = between(3, 4);
    const row = (cell: () => string) => `| ${Array.from({ length: columns }, cell).join(' | ')} |`;
    const rows = Array.from({ length: between(4, 8) }, () => row(() => (next() < 0.3 ? `**${pick(WORDS)}**` : words(between(1, 3)))));
    return [row(() => title(1)), `|${' --- |'.repeat(columns)}`, ...rows].join('\n');
  };
  const code = () => {
    const lines = Array.from(
      { length: between(5, 14) },
      () => `${'  '.repeat(between(0, 2))}${pick(WORDS)}(${pick(WORDS)}, "${words(2)}");`,
    );
    return [FENCE + pick(LANGUAGES), ...lines, FENCE].join('\n');
  };
  const blocks: string[] = [`# ${title(6)}`, paragraph(), paragraph()];
  let length = blocks.join('\n\n').length;
  while (length < minLength) {
    const section = [`## ${title(between(3, 7))}`, paragraph()];
    const extras = between(2, 5);
    for (let index = 0; index < extras; index++) {
      const roll = next();
      if (roll < 0.3) section.push(paragraph());
      else if (roll < 0.45) section.push(list(false));
      else if (roll < 0.55) section.push(list(true));
      else if (roll < 0.67) section.push(table());
      else if (roll < 0.8) section.push(code());
      else if (roll < 0.87) section.push(`> ${sentence()} ${sentence()}`);
      else section.push(`### ${title(between(2, 5))}`, paragraph());
    }
    blocks.push(...section);
    length += section.join('\n\n').length + 2;
  }
  return `${blocks.join('\n\n')}\n`;
}

/** Deltas of about 40 characters (20 to 60), as a model's stream batched by the server arrives. */
export function cutIntoDeltas(text: string, seed: number): string[] {
  const next = random(seed ^ 0x5eed);
  const deltas: string[] = [];
  for (let start = 0; start < text.length; ) {
    const end = Math.min(text.length, start + 20 + Math.floor(next() * 41));
    deltas.push(text.slice(start, end));
    start = end;
  }
  return deltas;
}
