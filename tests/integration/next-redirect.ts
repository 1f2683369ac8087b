import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import { isRedirectError } from 'next/dist/client/components/redirect-error';

/** Where a page or server action that called redirect() sends the browser, or null when it did not redirect. */
export async function redirectedTo(action: () => Promise<unknown>): Promise<string | null> {
  try {
    await action();
  } catch (error) {
    if (!isRedirectError(error)) throw error;
    return getURLFromRedirectError(error);
  }
  return null;
}
