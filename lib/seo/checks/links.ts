import { findUrlProblem, type UrlProblem } from '../link-url';
import type { MarkdownLink } from '../markdown/types';
import type { SeoCheck } from '../types';
import { type CheckContext, type CheckDefinition, checkResult, noBodyText } from './check-context';
import { formatNumber, plural } from './message-format';

const LINK_COUNT: CheckDefinition = { id: 'link-count', group: 'links', label: 'Links' };
const LINK_ANCHORS: CheckDefinition = { id: 'link-anchors', group: 'links', label: 'Link anchor text' };
const LINK_URLS: CheckDefinition = { id: 'link-urls', group: 'links', label: 'Link URLs' };

// At least one link per this many words (sources, related posts); more than one per MAX reads as a link list.
const WORDS_PER_LINK_MIN = 1000;
const WORDS_PER_LINK_MAX = 50;
const GENERIC_ANCHORS = new Set('click here|here|this|link|this link|read more|more|learn more|this page|this article'.split('|'));

export function linkChecks({ body }: CheckContext): SeoCheck[] {
  if (body.words === 0) return [linkCount(body.links.length, body.words), noBodyText(LINK_ANCHORS), noBodyText(LINK_URLS)];
  return [linkCount(body.links.length, body.words), linkAnchors(body.links), linkUrls(body.links)];
}

function linkCount(links: number, words: number): SeoCheck {
  if (links === 0) return checkResult(LINK_COUNT, 'fail', 'No links: link to your sources and related posts.');
  const wanted = Math.ceil(words / WORDS_PER_LINK_MIN);
  const found = `${plural(links, 'link')} in ${plural(words, 'word')}`;
  if (links < wanted) return checkResult(LINK_COUNT, 'warn', `${found}: add a few, about 1 per ${formatNumber(WORDS_PER_LINK_MIN)} words.`);
  if (links * WORDS_PER_LINK_MAX > words)
    return checkResult(LINK_COUNT, 'warn', `${found}: that many reads as a link list, keep the useful ones.`);
  return checkResult(LINK_COUNT, 'pass', `${found}.`);
}

/** Empty anchors fail; generic ones ("click here") and one anchor text used for different URLs warn. */
function linkAnchors(links: readonly MarkdownLink[]): SeoCheck {
  const empty = links.filter((link) => link.text.trim() === '');
  const firstEmpty = empty[0];
  if (firstEmpty) {
    return checkResult(
      LINK_ANCHORS,
      'fail',
      `${plural(empty.length, 'link')} to ${quoteUrl(firstEmpty.url)}${empty.length > 1 ? ' and others' : ''} without anchor text: say where each goes.`,
    );
  }
  const urlsByAnchor = new Map<string, Set<string>>();
  for (const link of links) {
    const anchor = link.text.trim().replace(/\s+/g, ' ').toLowerCase();
    const urls = urlsByAnchor.get(anchor) ?? new Set<string>();
    urls.add(link.url.trim());
    urlsByAnchor.set(anchor, urls);
  }
  const generic = [...urlsByAnchor.keys()].find((anchor) => GENERIC_ANCHORS.has(anchor.replace(/[.!:]+$/, '')));
  if (generic !== undefined)
    return checkResult(LINK_ANCHORS, 'warn', `Anchor text "${generic}" says nothing about its target: describe the page instead.`);
  const shared = [...urlsByAnchor].find(([, urls]) => urls.size > 1);
  if (shared) {
    return checkResult(
      LINK_ANCHORS,
      'warn',
      `Anchor text "${shared[0]}" points to ${shared[1].size} different URLs: give each link its own words.`,
    );
  }
  return checkResult(LINK_ANCHORS, 'pass', links.length === 0 ? 'No links to check.' : 'Every link has its own descriptive anchor text.');
}

/** `javascript:` and malformed destinations fail; plain http:// warns. */
function linkUrls(links: readonly MarkdownLink[]): SeoCheck {
  const problems: Array<{ link: MarkdownLink; problem: UrlProblem }> = [];
  for (const link of links) {
    const problem = link.wellFormed ? findUrlProblem(link.url) : { kind: 'malformed' as const, reason: 'not a valid Markdown link' };
    if (problem) problems.push({ link, problem });
  }
  const bad = problems.filter(({ problem }) => problem.kind !== 'insecure');
  const first = bad[0] ?? problems[0];
  if (!first) return checkResult(LINK_URLS, 'pass', links.length === 0 ? 'No links to check.' : 'Every link URL is well formed.');
  const where = `${quoteUrl(first.link.url)} (${first.problem.reason}, anchor "${first.link.text.trim()}")`;
  if (bad.length > 0) {
    const fix = first.problem.kind === 'unsafe' ? 'remove it' : 'fix the address';
    return checkResult(LINK_URLS, 'fail', `${plural(bad.length, 'link')} with a bad URL, first ${where}: ${fix}.`);
  }
  return checkResult(
    LINK_URLS,
    'warn',
    `${plural(problems.length, 'link')} over plain http, first ${where}: use https:// if the site has it.`,
  );
}

function quoteUrl(url: string): string {
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  return shown === '' ? '(empty URL)' : `"${shown}"`;
}
