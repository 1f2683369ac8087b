// Lowercase, without the final period: a period after one of these does not end the sentence.
const ABBREVIATIONS = new Set('e.g i.e vs mr mrs ms dr prof inc ltd jr sr st fig approx cf al'.split(' '));
const TERMINATOR = /[.!?…]/g;
const CLOSERS = '.!?…"\'”’)]';

/**
 * A block's text cut into sentences at `.`, `!`, `?` or `…` followed by a space or the end; a period inside a token
 * (`3.5`, `example.com`) or after a common abbreviation or a single capital (`Dr.`, `e.g.`, `J.`) does not cut.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let match = TERMINATOR.exec(text); match !== null; match = TERMINATOR.exec(text)) {
    let end = match.index + 1;
    while (end < text.length && CLOSERS.includes(text.charAt(end))) end++;
    const cuts = end === text.length || isSpace(text.charCodeAt(end));
    if (cuts && !(match[0] === '.' && endsWithAbbreviation(text, start, match.index))) {
      pushTrimmed(sentences, text.slice(start, end));
      start = end;
    }
    TERMINATOR.lastIndex = end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

function endsWithAbbreviation(text: string, start: number, period: number): boolean {
  let from = period;
  while (from > start && /[\p{L}.]/u.test(text.charAt(from - 1))) from--;
  const word = text.slice(from, period);
  if (word.length === 1) return word !== word.toLowerCase();
  return ABBREVIATIONS.has(word.toLowerCase());
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

function pushTrimmed(sentences: string[], sentence: string): void {
  const trimmed = sentence.trim();
  if (trimmed !== '') sentences.push(trimmed);
}
