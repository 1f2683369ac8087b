'use client';

import { useEffect, useState } from 'react';

/**
 * A choice remembered in this browser under `key`: null until read (after the first render, so the server's HTML
 * and the first client render agree) or when nothing was stored. Callers check the value against what is allowed.
 */
export function useStoredChoice(key: string): [string | null, (value: string) => void] {
  const [stored, setStored] = useState<string | null>(null);
  useEffect(() => setStored(window.localStorage.getItem(key)), [key]);
  const store = (value: string) => {
    window.localStorage.setItem(key, value);
    setStored(value);
  };
  return [stored, store];
}
