import { useState } from 'react';

/**
 * A form field's value that follows the URL when the URL changes elsewhere (a link, the back button), but keeps
 * what the person is typing when the URL merely caught up with it.
 */
export function useUrlField(fromUrl: string, sameValue: (typed: string, url: string) => boolean = (a, b) => a === b) {
  const [value, setValue] = useState(fromUrl);
  const [lastUrl, setLastUrl] = useState(fromUrl);
  if (fromUrl !== lastUrl) {
    setLastUrl(fromUrl);
    if (!sameValue(value, fromUrl)) setValue(fromUrl);
  }
  return [value, setValue] as const;
}
