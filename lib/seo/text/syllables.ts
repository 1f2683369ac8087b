/**
 * English syllables by the usual vowel-group heuristic: a run of vowels counts once per two letters; a silent
 * final `e`, a silent `-es` (not after s, x, z, c, g) and a silent `-ed` (not after t, d) are dropped; at least 1.
 * Off by one on some words, which averages out over the hundreds of words Flesch is measured on.
 */
export function countSyllables(word: string): number {
  const w = word.toLowerCase();
  if (w.length <= 3) return 1;
  const end = w.length - silentEnding(w);
  let count = 0;
  let run = 0;
  for (let i = w.charAt(0) === 'y' ? 1 : 0; i < end; i++) {
    if (isVowel(w.charCodeAt(i))) run++;
    else if (run > 0) {
      count += Math.ceil(run / 2);
      run = 0;
    }
  }
  count += Math.ceil(run / 2);
  return Math.max(1, count);
}

function silentEnding(w: string): number {
  const last = w.charAt(w.length - 1);
  const previous = w.charAt(w.length - 2);
  const before = w.charAt(w.length - 3);
  if (last === 's' && previous === 'e' && !'laeiouysxzcg'.includes(before)) return 2;
  if (last === 'd' && previous === 'e' && before !== 't' && before !== 'd') return 2;
  if (last === 'e' && !'laeiouy'.includes(previous)) return 1;
  return 0;
}

function isVowel(code: number): boolean {
  // a e i o u y
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}
