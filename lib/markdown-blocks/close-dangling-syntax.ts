import { closeFence, findOpenFence } from './close-fence';
import { closeInline } from './close-inline';
import { closeTable } from './close-table';

// A last line that is only the start of a marker: alone, `-` or `=` under a paragraph makes it a setext
// heading for a frame, `#` an empty heading, `1.` or `*` an empty list item.
const PENDING_MARKER = /^[ \t]*(?:[-*+=]{1,2}|\d{1,9}[.)]|#{1,6})[ \t]*$/;

/**
 * Makes the still-growing end of a Markdown text render sensibly: closes an open code fence, settles a table
 * being written, and closes or drops inline syntax left open on the unfinished last line.
 */
export function closeDanglingSyntax(tail: string): string {
  const fence = findOpenFence(tail);
  if (fence) return closeFence(tail, fence);
  // Settling one thing can expose another (`- [` loses its bracket and is a bare bullet): repeat until still.
  let text = tail;
  for (let pass = 0; pass < 4; pass++) {
    const next = settle(text);
    if (next === text) break;
    text = next;
  }
  return text;
}

function settle(tail: string): string {
  const lastBreak = tail.lastIndexOf('\n');
  const pending = PENDING_MARKER.test(tail.slice(lastBreak + 1));
  const text = closeTable(pending ? tail.slice(0, lastBreak + 1) : tail);
  return text.endsWith('\n') ? text : closeInline(text);
}
