import type { SeoInput } from '@/lib/seo';

const VOCABULARY = (
  'server cache request latency cluster node pod deploy release rollback metric alert budget cost team pipeline build test ' +
  'image container volume network policy secret token user session browser page route query index table schema backup ' +
  'restore region zone replica shard queue worker job batch stream event log trace dashboard incident review runbook ' +
  'simple fast quiet stable careful small large early late clear better cheaper safer steady modern common useful ' +
  'keeps moves checks scales limits sends stores reads writes serves builds tests ships watches tracks saves handles ' +
  'quickly often rarely always usually carefully gently mostly nearly simply'
).split(' ');
const CONNECTORS = ['and', 'but', 'so', 'while', 'because', 'when', 'if', 'although'];
const HEADINGS = [
  'Why It Matters',
  'How It Works',
  'Setting It Up',
  'Common Mistakes',
  'Costs and Limits',
  'A Worked Example',
  'Monitoring',
  'Security Notes',
];

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** A seeded generator, so every run of the bench scores the same posts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A post shaped like the model's output, of about `targetWords` words: an intro with the focus keyword, H2 and H3
 * sections of 3–6 sentence paragraphs, bullet and numbered lists, inline and bare links, a table, a code block
 * and a block quote.
 */
export function realisticPost(targetWords: number, seed = 1): SeoInput {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = () => {
    const length = 8 + Math.floor(next() * 14);
    const words = Array.from({ length }, (_, i) => (i === Math.floor(length / 2) ? pick(CONNECTORS) : pick(VOCABULARY)));
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${next() < 0.1 ? '?' : '.'}`;
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
  const intro = `Kubernetes autoscaling keeps a cluster fast and cheap. ${paragraph()}`;
  const parts = [intro];
  let words = countWords(intro);
  for (let section = 0; words < targetWords; section++) {
    const sectionStart = parts.length;
    parts.push(
      `## ${pick(HEADINGS)} ${section + 1}`,
      paragraph(),
      `Read [the ${pick(VOCABULARY)} guide ${section}](https://example.com/docs/${section}) first.`,
    );
    parts.push(`### Details for part ${section + 1}`, paragraph(), paragraph());
    if (section % 3 === 0) parts.push(Array.from({ length: 5 }, () => `- ${sentence()}`).join('\n'));
    if (section % 4 === 1) parts.push(Array.from({ length: 4 }, (_, i) => `${i + 1}. ${sentence()}`).join('\n'));
    if (section % 5 === 2)
      parts.push('| Setting | Default | Notes |\n| --- | --- | --- |\n| replicas | 2 | raise under load |\n| cpu | 500m | per pod |');
    if (section % 5 === 3)
      parts.push('```yaml\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: 2\n  maxReplicas: 10\n```');
    if (section % 6 === 4) parts.push(`> ${sentence()} See https://example.org/notes/${section} for more.`);
    parts.push(`Kubernetes autoscaling in part ${section + 1}: ${paragraph()}`);
    words += countWords(parts.slice(sectionStart).join(' '));
  }
  return {
    title: 'Kubernetes Autoscaling Explained: HPA, VPA and Cluster Autoscaler',
    metaDescription:
      'Learn how Kubernetes autoscaling works, when to use HPA, VPA or the Cluster Autoscaler, and the settings that keep clusters fast and cheap.',
    slug: 'kubernetes-autoscaling-explained',
    content: parts.join('\n\n'),
    tags: ['Kubernetes', 'autoscaling', 'HPA', 'DevOps', 'cloud native'],
    categories: ['Cloud Computing', 'Tutorials'],
    keywords: 'kubernetes autoscaling, HPA',
    length: 'long',
  };
}
