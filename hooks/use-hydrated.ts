import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** False in the server render and while hydrating, true once React owns the page's inputs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
