'use client';

import type { ModelOption } from '@/lib/generation';
import { useStoredChoice } from './use-stored-choice';

/** The model a person last picked in this browser while it is still offered, else the default one. */
export function useRememberedModel(models: ModelOption[]): [string | undefined, (id: string) => void] {
  const [picked, pick] = useStoredChoice('postsmith:model');
  const fallback = (models.find((option) => option.default) ?? models[0])?.id;
  return [models.some((option) => option.id === picked) ? (picked ?? fallback) : fallback, pick];
}
