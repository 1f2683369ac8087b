import type { BodyAnalysis } from '../analyse-body';
import type { FocusKeyword } from '../focus-keywords';
import type { CheckId } from '../score';
import type { Readability } from '../text/readability';
import type { CheckGroup, CheckStatus, SeoCheck, SeoInput } from '../types';

/** The draft and what was measured on it once, shared by every check. */
export type CheckContext = { input: SeoInput; body: BodyAnalysis; readability: Readability; keywords: FocusKeyword[] };

export type CheckDefinition = { id: CheckId; group: CheckGroup; label: string };

export function checkResult(definition: CheckDefinition, status: CheckStatus, message: string): SeoCheck {
  return { id: definition.id, group: definition.group, label: definition.label, status, message };
}

/** For body checks that look for a flaw: with no body at all there is nothing to pass yet. */
export function noBodyText(definition: CheckDefinition): SeoCheck {
  return checkResult(definition, 'fail', 'No body text yet: write the post first.');
}
