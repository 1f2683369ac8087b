'use client';

import { useEffect, useState } from 'react';
import { getApi } from '@/lib/client/api';
import type { Connection } from '@/lib/publish/schemas';

/** The publishing sites (no secrets): null while loading, or a message when they could not be loaded. */
export function useConnections(): { connections: Connection[] | null; loadError: string | null } {
  const [connections, setConnections] = useState<Connection[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    getApi<{ connections: Connection[] }>('/api/connections').then(
      (answer) => setConnections(answer.connections),
      () => setLoadError('The publishing sites could not be loaded. Reload the page.'),
    );
  }, []);
  return { connections, loadError };
}
