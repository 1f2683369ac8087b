import { describe, expect, it } from 'vitest';
import { containsKeyword, countKeyword, matchTokens, parseFocusKeywords } from '@/lib/seo/focus-keywords';

describe('parseFocusKeywords', () => {
  it.each<[string, string[]]>([
    ['', []],
    [' , ;\n', []],
    ['garden planning', ['garden planning']],
    ['garden planning, raised  beds; compost', ['garden planning', 'raised beds', 'compost']],
    ['SEO, seo, S.E.O., title tags, Title-Tags', ['SEO', 'S.E.O.', 'title tags']],
    ['!!!, kale', ['kale']],
  ])('%j → %j', (keywords, expected) => {
    expect(parseFocusKeywords(keywords).map((keyword) => keyword.text)).toEqual(expected);
  });
});

describe('matchTokens', () => {
  it.each<[string, string[]]>([
    ['Title Tags', ['title', 'tag']],
    ['title-tags-guide', ['title', 'tag', 'guide']],
    ['Categories, boxes, glass', ['category', 'boxe', 'glass']],
    ['Crème brûlée', ['creme', 'brulee']],
    ["Beginner's guide", ['beginner', 's', 'guide']],
    ['is as us', ['is', 'as', 'us']],
  ])('%j → %j', (text, expected) => {
    expect(matchTokens(text)).toEqual(expected);
  });
});

describe('keyword matches', () => {
  const [keyword] = parseFocusKeywords('title tag');
  if (!keyword) throw new Error('no keyword');

  it.each<[string, number]>([
    ['Title tags matter. Write title-tags well: a TITLE TAG sells.', 3],
    ['title and tag', 0],
    ['title title tag tag', 1],
    ['subtitle tag', 0],
    ['title tag title tag title', 2],
    ['', 0],
  ])('%j has it %i times', (text, count) => {
    expect(countKeyword(matchTokens(text), keyword)).toBe(count);
    expect(containsKeyword(matchTokens(text), keyword)).toBe(count > 0);
  });

  it('counts uses that do not overlap', () => {
    const [doubled] = parseFocusKeywords('very very');
    expect(doubled && countKeyword(matchTokens('very very very very very'), doubled)).toBe(2);
  });

  it('matches a keyword with accents in text without them', () => {
    const [accented] = parseFocusKeywords('café menu');
    expect(accented && containsKeyword(matchTokens('cafe-menu-ideas'), accented)).toBe(true);
  });
});
