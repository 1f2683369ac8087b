import { z } from 'zod';
import { DRAFT_STATUSES, INTERRUPTIONS, POST_LENGTHS } from './codes';
import type { ProviderId } from './model-choice';

export { DRAFT_STATUSES, INTERRUPTIONS, POST_LENGTHS };
export const DraftStatus = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatus>;

/** Why a draft is interrupted (see INTERRUPTIONS). */
export const Interruption = z.enum(INTERRUPTIONS);
export type Interruption = z.infer<typeof Interruption>;

export const PostLength = z.enum(POST_LENGTHS);
export type PostLength = z.infer<typeof PostLength>;

/** Per-generation figures shown on the draft: what the model was asked and what it cost. */
export type GenerationStats = {
  /** Who served the model: Claude's API or an OpenAI-compatible endpoint. */
  provider: ProviderId;
  model: string;
  inputTokens: number;
  outputTokens: number;
  stopReasons: string[];
  rounds: number;
  /** Some round was cut short before the API reported its usage: the token counts are partly estimated. */
  tokensEstimated: boolean;
  durationMs: number;
  generatedAt: string | null;
};

/** A draft as the API and the UI see it (the contract's draft shape). */
export type Draft = {
  id: string;
  topic: string;
  keywords: string;
  tone: string;
  audience: string;
  length: PostLength;
  /** The language the post is written in; empty means the topic's own. */
  language: string;
  /** With "outline first", the outline the post is written from. */
  outline: string;
  status: DraftStatus;
  title: string;
  metaDescription: string;
  slug: string;
  tags: string[];
  categories: string[];
  content: string;
  raw: string;
  warnings: string[];
  error: string | null;
  /** Set while `status` is `interrupted`: why, as a code. */
  interruption: Interruption | null;
  version: number;
  /** Words in the body and the SEO score (0–100), recomputed on every save. */
  wordCount: number;
  seoScore: number;
  approvedAt: string | null;
  /** Who wrote it and who approved it (User ids, lib/accounts); null before accounts or on an open install. */
  createdById: string | null;
  approvedById: string | null;
  generation: GenerationStats;
  createdAt: string;
  updatedAt: string;
};

/** A draft in lists: everything but the long texts. */
export type DraftSummary = Omit<Draft, 'content' | 'raw'>;
