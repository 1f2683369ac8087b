/**
 * Tokens for text whose usage an API never reported (a round stopped or broken before its last event): about four
 * characters a token, as in English prose, so a stopped post shows roughly what it used instead of nothing.
 */
export function estimateTokens(chars: number): number {
  return Math.ceil(chars / 4);
}
