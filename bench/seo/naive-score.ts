import type { CheckStatus, SeoInput } from '@/lib/seo';

/**
 * The baseline the bench compares with: the same kinds of checks written the obvious way, each one re-deriving
 * what it needs from the raw Markdown (strip code, split paragraphs, split sentences, split words) with regular
 * expressions, and a fresh RegExp per sentence or keyword. Its verdicts are rougher than lib/seo's; it exists
 * only to show what the single shared pass saves. Duplicates use a Map, as lib/seo does, so the ratio is not
 * inflated by a quadratic search.
 */
export function naiveScore(input: SeoInput): number {
  const statuses: CheckStatus[] = [
    grade(input.title.length, 30, 60),
    grade(input.metaDescription.length, 120, 160),
    ...keywordChecks(input),
    headingChecks(input.content),
    grade(countWords(input.content), 1500, 6000),
    grade(flesch(input.content), 50, 100),
    grade(averageSentenceLength(input.content), 0, 20),
    grade(longParagraphs(input.content), 0, 0),
    grade(passiveShare(input.content), 0, 0.1),
    linkCheck(input.content),
    grade(duplicateSentences(input.content), 0, 0),
    grade(duplicateParagraphs(input.content), 0, 0),
  ];
  const points = statuses.reduce((total, status) => total + (status === 'pass' ? 2 : status === 'warn' ? 1 : 0), 0);
  return Math.floor((100 * points) / (2 * statuses.length));
}

const prose = (content: string) => content.replace(/```[\s\S]*?```/g, '');
const paragraphs = (content: string) =>
  prose(content)
    .split(/\n\s*\n/)
    .filter((block) => !/^\s*(#|\||-|\d+\.)/.test(block));
const sentences = (content: string) => paragraphs(content).flatMap((block) => block.split(/(?<=[.!?])\s+/));
const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

function grade(value: number, min: number, max: number): CheckStatus {
  if (value >= min && value <= max) return 'pass';
  return value >= min * 0.8 && value <= max * 1.2 ? 'warn' : 'fail';
}

function keywordChecks(input: SeoInput): CheckStatus[] {
  const keyword = input.keywords.split(',')[0]?.trim() ?? '';
  if (keyword === '') return [];
  const pattern = () => new RegExp(`\\b${keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi');
  const firstParagraph = paragraphs(input.content)[0] ?? '';
  const h2s = input.content.match(/^## .*$/gm) ?? [];
  const uses = prose(input.content).match(pattern())?.length ?? 0;
  return [
    pattern().test(input.title) ? 'pass' : 'fail',
    pattern().test(input.metaDescription) ? 'pass' : 'fail',
    pattern().test(input.slug.replace(/-/g, ' ')) ? 'pass' : 'fail',
    pattern().test(firstParagraph) ? 'pass' : 'fail',
    h2s.some((heading) => pattern().test(heading)) ? 'pass' : 'fail',
    grade((100 * uses) / Math.max(1, countWords(input.content)), 0.5, 2.5),
  ];
}

function headingChecks(content: string): CheckStatus {
  const levels = (prose(content).match(/^#{1,6} /gm) ?? []).map((marker) => marker.trim().length);
  const skips = levels.filter((level, i) => i > 0 && level > (levels[i - 1] ?? 1) + 1).length;
  return levels[0] === 2 && skips === 0 ? 'pass' : 'warn';
}

function countWords(content: string): number {
  return wordsOf(prose(content).replace(/[#*_`>|[\]()-]/g, ' ')).length;
}

function syllables(word: string): number {
  const stripped = word
    .toLowerCase()
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '');
  return Math.max(1, stripped.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

function flesch(content: string): number {
  const all = sentences(content);
  const words = all.flatMap(wordsOf);
  const syllableCount = words.reduce((total, word) => total + syllables(word), 0);
  return 206.835 - 1.015 * (words.length / Math.max(1, all.length)) - 84.6 * (syllableCount / Math.max(1, words.length));
}

function averageSentenceLength(content: string): number {
  const all = sentences(content);
  return all.reduce((total, sentence) => total + wordsOf(sentence).length, 0) / Math.max(1, all.length);
}

function longParagraphs(content: string): number {
  return paragraphs(content).filter((block) => wordsOf(block).length > 150).length;
}

function passiveShare(content: string): number {
  const all = sentences(content);
  const passive = all.filter((sentence) => /\b(am|is|are|was|were|be|been|being)\s+(\w+ly\s+)?\w+(ed|en)\b/i.test(sentence));
  return passive.length / Math.max(1, all.length);
}

function linkCheck(content: string): CheckStatus {
  const links = [...prose(content).matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)];
  const bad = links.filter(
    ([, text, url]) => !text?.trim() || /^javascript:/i.test(url ?? '') || !/^(https?:\/\/[^/\s]+\.|\/|#|mailto:)/.test(url ?? ''),
  );
  if (links.length === 0 || bad.length > 0) return 'fail';
  return new Set(links.map(([, text]) => text)).size < links.length ? 'warn' : 'pass';
}

function duplicateSentences(content: string): number {
  const seen = new Map<string, number>();
  for (const sentence of sentences(content)) {
    const key = sentence
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (key.split(' ').length >= 8) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.values()].filter((count) => count > 1).length;
}

function duplicateParagraphs(content: string): number {
  const seen = new Map<string, number>();
  for (const block of paragraphs(content)) {
    const key = block
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s]/gu, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (key.split(' ').length >= 8) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen.values()].filter((count) => count > 1).length;
}
