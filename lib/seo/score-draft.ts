import { analyseBody } from './analyse-body';
import type { CheckContext } from './checks/check-context';
import { duplicateChecks } from './checks/duplicates';
import { keywordChecks } from './checks/keywords';
import { lengthChecks, readingMinutes } from './checks/length';
import { linkChecks } from './checks/links';
import { readabilityChecks } from './checks/readability';
import { structureChecks } from './checks/structure';
import { taxonomyChecks } from './checks/taxonomy';
import { titleMetaChecks } from './checks/title-meta';
import { parseFocusKeywords } from './focus-keywords';
import { scoreChecks } from './score';
import { measureReadability } from './text/readability';
import type { SeoCheck, SeoInput, SeoReport } from './types';

const CHECK_GROUPS: ReadonlyArray<(context: CheckContext) => SeoCheck[]> = [
  titleMetaChecks,
  keywordChecks,
  structureChecks,
  lengthChecks,
  readabilityChecks,
  linkChecks,
  taxonomyChecks,
  duplicateChecks,
];

/**
 * Scores a draft for the editor's panel and the drafts list: the body is scanned once, then every check reads
 * that analysis. Pure and synchronous; fast enough to run on each keystroke (see bench/seo).
 */
export function scoreDraft(input: SeoInput): SeoReport {
  const body = analyseBody(input.content);
  const readability = measureReadability(body.sentences.map((sentence) => sentence.words));
  const context: CheckContext = { input, body, readability, keywords: parseFocusKeywords(input.keywords) };
  const checks = CHECK_GROUPS.flatMap((group) => group(context));
  return {
    score: scoreChecks(checks),
    checks,
    stats: {
      words: body.words,
      readingMinutes: readingMinutes(body.words),
      fleschReadingEase: readability.fleschReadingEase,
      averageSentenceLength: readability.averageSentenceLength,
      links: body.links.length,
    },
  };
}
