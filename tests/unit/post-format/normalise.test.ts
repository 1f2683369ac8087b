import { describe, expect, test } from 'vitest';
import { CATEGORIES, normaliseCategories, normaliseTags } from '@/lib/post-format';

describe('normaliseTags', () => {
  test('trims, drops empty ones and keeps the first spelling of case-insensitive duplicates', () => {
    expect(normaliseTags(['  Python ', 'python', '', '   ', 'Django', 'DJANGO', 'web   development', 'Web Development'])).toEqual([
      'Python',
      'Django',
      'web development',
    ]);
  });

  test('keeps unicode tags and their order', () => {
    expect(normaliseTags(['Café', 'CAFÉ', '日本語', '🚀 launch'])).toEqual(['Café', '日本語', '🚀 launch']);
  });
});

describe('normaliseCategories', () => {
  test('matches any case, quotes and spacing, stores the list spelling in the order given, without duplicates', () => {
    expect(normaliseCategories(['cloud computing', '"News"', "'TUTORIALS'", '  Internet  of Things (iot) ', 'News', '“Gaming”'])).toEqual({
      categories: ['Cloud Computing', 'News', 'Tutorials', 'Internet of Things (IoT)', 'Gaming'],
      unknown: [],
    });
  });

  test('treats & as "and"', () => {
    expect(normaliseCategories(['Tips & Tricks', 'E-commerce & Online Business']).categories).toEqual([
      'Tips and Tricks',
      'E-commerce and Online Business',
    ]);
  });

  test('reports unknown names once each, trimmed, and skips empty ones', () => {
    expect(normaliseCategories(['Python', ' python ', '', 'Cybersecurity', 'Backend  Engineering'])).toEqual({
      categories: ['Cybersecurity'],
      unknown: ['Python', 'Backend Engineering'],
    });
  });

  test('accepts every name of the fixed list as written', () => {
    expect(normaliseCategories([...CATEGORIES])).toEqual({ categories: [...CATEGORIES], unknown: [] });
    expect(CATEGORIES).toHaveLength(60);
  });
});
