import fc from 'fast-check';

const WORDS = ['alpha', 'beta', 'Gamma', 'delta', 'node', 'cache', 'p95', 'éclair', '日本', '🙂', 'x', 'a_b', '3.14', 'API'];
const word = fc.constantFrom(...WORDS);
const inlineBit = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 1, arbitrary: word.map((text) => `**${text}**`) },
  { weight: 1, arbitrary: word.map((text) => `*${text}*`) },
  { weight: 1, arbitrary: word.map((text) => `\`${text}\``) },
  { weight: 1, arbitrary: word.map((text) => `[${text}](https://example.com/${text})`) },
  { weight: 1, arbitrary: word.map((text) => `[${text}][ref]`) },
);
const sentence = fc.array(inlineBit, { minLength: 1, maxLength: 8 }).map((bits) => bits.join(' '));
const lines = (max: number) => fc.array(sentence, { minLength: 1, maxLength: max });

const paragraph = lines(3).map((items) => items.join('\n'));
const heading = fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([level, text]) => `${'#'.repeat(level)} ${text}`);
const setext = fc.tuple(sentence, fc.constantFrom('===', '---')).map(([text, line]) => `${text}\n${line}`);
const bullet = fc.constantFrom('- ', '* ', '1. ', '1) ');
const list = fc
  .tuple(bullet, fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([marker, items, loose]) => items.map((item) => `${marker}${item}`).join(loose ? '\n\n' : '\n'));
const nestedList = fc
  .tuple(sentence, sentence, sentence)
  .map(([a, b, c]) => `- ${a}\n  - ${b}\n\n  ${c}\n- ${a}\n\n  \`\`\`js\n  code()\n\n  more()\n  \`\`\``);
const table = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), word).map(([columns, rows, cell]) => {
  const row = (text: string) => `| ${Array.from({ length: columns }, () => text).join(' | ')} |`;
  return [row('Head'), `|${' --- |'.repeat(columns)}`, ...Array.from({ length: rows }, () => row(cell))].join('\n');
});
const fence = fc
  .tuple(
    fc.constantFrom('```', '~~~', '````'),
    fc.array(fc.oneof(sentence, fc.constant(''), fc.constant('# not a heading')), { maxLength: 5 }),
  )
  .map(([marker, body]) => [`${marker}ts`, ...body, marker].join('\n'));
const quote = lines(3).map((items) => items.map((item) => `> ${item}`).join('\n'));
const definition = fc.constantFrom('[ref]: https://example.com/ref', '[ref]: https://example.com/ref "Title"');
const indentedCode = lines(2).map((items) => items.map((item) => `    ${item}`).join('\n\n'));
const rule = fc.constantFrom('---', '***', '___');
const comment = fc.constant('<!--\n\nhidden\n\n-->');

const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 1, arbitrary: setext },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: nestedList },
  { weight: 2, arbitrary: table },
  { weight: 2, arbitrary: fence },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: definition },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: rule },
  { weight: 1, arbitrary: comment },
);
const separator = fc.constantFrom('\n\n', '\n\n', '\n\n\n', '\n  \n', '\n');

/** A Markdown document from the block kinds model output uses, with occasionally sloppy separators. */
export const markdownDocument = fc
  .tuple(fc.array(fc.tuple(block, separator), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([parts, trailingNewline]) => {
    const text = parts.map(([content, gap]) => content + gap).join('');
    return trailingNewline ? text : text.trimEnd();
  });

/** The same document with a code fence left open at the end, as while it is being written. */
export const openEndedDocument = fc
  .tuple(markdownDocument, fc.constantFrom('```js\nconst a = 1;\n\nconst b = 2;', '| a | b |\n| --- |', '- item\n\n  more', '1. one\n\n2'))
  .map(([text, end]) => `${text}\n\n${end}`);

/** Cut points that split a text into deltas. */
export function piecesOf(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let previous = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(previous, point));
    previous = point;
  }
  return pieces;
}
