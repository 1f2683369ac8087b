// Letters and digits, joined by an inner apostrophe or hyphen (`don't`, `e-mail`) or a digit separator (`3.5`, `10,000`).
const WORD = /[\p{L}\p{N}]+(?:(?:['’-]|[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** The words of a text, as written. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}
