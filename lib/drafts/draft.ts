import { z } from 'zod';
import type { ProviderId } from './model-choice';

export const DRAFT_STATUSES = ['generating', 'interrupted', 'draft', 'review', 'approved'] as const;
export const DraftStatus = z.enum(DRAFT_STATUSES);
export type DraftStatus = z.infer<typeof DraftStatus>;

/**
 * Why a draft is interrupted: the person pressed Stop, the server stopped mid-post, the API refused the
 * request (a retry cannot help), the API kept failing (overloaded, rate limited, connection lost: a later
 * retry may help), or saving failed.
 */
export const INTERRUPTIONS = ['stopped', 'server_stopped', 'api_refused', 'api_failed', 'save_failed'] as const;
export const Interruption = z.enum(INTERRUPTIONS);
export type Interruption = z.infer<typeof Interruption>;

export const POST_LENGTHS = ['short', 'standard', 'long'] as const;
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
  generation: GenerationStats;
  createdAt: string;
  updatedAt: string;
};

/** A draft in lists: everything but the long texts. */
export type DraftSummary = Omit<Draft, 'content' | 'raw'>;
