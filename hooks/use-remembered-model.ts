'use client';

import { useEffect, useState } from 'react';
import type { ModelOption } from '@/lib/generation';

const MODEL_KEY = 'postsmith:model';

/** The model a person last picked in this browser while it is still offered, else the default one. */
export function useRememberedModel(models: ModelOption[]): [string | undefined, (id: string) => void] {
  const [picked, setPicked] = useState<string | null>(null);
  useEffect(() => {
    setPicked(window.localStorage.getItem(MODEL_KEY));
  }, []);
  const fallback = (models.find((option) => option.default) ?? models[0])?.id;
  const value = picked !== null && models.some((option) => option.id === picked) ? picked : fallback;
  const pick = (id: string) => {
    window.localStorage.setItem(MODEL_KEY, id);
    setPicked(id);
  };
  return [value, pick];
}
