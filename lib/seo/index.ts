/**
 * SEO checks over a draft, shared by the editor's live panel and the drafts list: `scoreDraft` reads the Markdown body
 * once, with the marked lexer the preview is split with, and returns each check with a pass/warn/fail and a one-line
 * message, the 0–100 score and the body's stats. Without focus keywords the keyword checks are left out.
 * `countWords` is the one word count of the app; `SEO_LIMITS` the one table of lengths the prompt, checks and counters use.
 */
export { countCharacters, lengthStatus, SEO_LIMITS } from './limits';
export { CHECK_WEIGHTS, type CheckId } from './score';
export { scoreDraft } from './score-draft';
export type { CheckGroup, CheckStatus, SeoCheck, SeoInput, SeoReport, SeoStats } from './types';
export { countWords } from './words';
