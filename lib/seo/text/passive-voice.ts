const AUXILIARIES = new Set("am is are was were be been being isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t".split(' '));
const ADVERBS = new Set('not also always never often still usually then now just'.split(' '));
// Common participles that do not end in -ed/-en.
const IRREGULAR_PARTICIPLES = new Set(
  'built done found held kept known led lost made paid put run sent set shown sold spent taught told thought bought brought caught understood won'.split(
    ' ',
  ),
);
// Words ending in -en or -ed that are seldom participles after a form of "be".
const LOOKALIKES = new Set(
  'been between children even garden golden green hundred kitchen often open oxygen screen seven sudden then token when women wooden need speed indeed'.split(
    ' ',
  ),
);

/** Whether lowercase words hold a form of "be" followed (maybe after one adverb) by a past participle: a hint, not a parse. */
export function hasPassiveHint(words: readonly string[]): boolean {
  for (let i = 0; i < words.length - 1; i++) {
    if (!AUXILIARIES.has(words[i] ?? '')) continue;
    let next = words[i + 1] ?? '';
    if (ADVERBS.has(next) || next.endsWith('ly')) next = words[i + 2] ?? '';
    if (isParticiple(next)) return true;
  }
  return false;
}

function isParticiple(word: string): boolean {
  if (IRREGULAR_PARTICIPLES.has(word)) return true;
  if (word.length < 4 || LOOKALIKES.has(word)) return false;
  return word.endsWith('ed') || word.endsWith('en');
}
