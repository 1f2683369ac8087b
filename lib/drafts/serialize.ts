import type { Draft as DraftRow } from '@/lib/db/generated/client.ts';
import type { Draft, DraftSummary } from './draft';
import { parseModelId } from './model-choice';
import { readStringList } from './string-list';

export function toDraftSummary(row: Omit<DraftRow, 'content' | 'raw'>): DraftSummary {
  return {
    id: row.id,
    topic: row.topic,
    keywords: row.keywords,
    tone: row.tone,
    audience: row.audience,
    length: row.length,
    language: row.language,
    outline: row.outline,
    status: row.status,
    title: row.title,
    metaDescription: row.metaDescription,
    slug: row.slug,
    tags: readStringList(row.tags),
    categories: readStringList(row.categories),
    warnings: readStringList(row.warnings),
    error: row.error,
    interruption: row.interruption,
    version: row.version,
    wordCount: row.wordCount,
    seoScore: row.seoScore,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    createdById: row.createdById,
    approvedById: row.approvedById,
    generation: {
      ...parseModelId(row.model),
      inputTokens: row.inputTokens,
      outputTokens: row.outputTokens,
      stopReasons: readStringList(row.stopReasons),
      rounds: row.rounds,
      tokensEstimated: row.tokensEstimated,
      durationMs: row.generationMs,
      generatedAt: row.generatedAt?.toISOString() ?? null,
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toDraft(row: DraftRow): Draft {
  return { ...toDraftSummary(row), content: row.content, raw: row.raw };
}
