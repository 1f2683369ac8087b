const TICK_MS = 10;

/**
 * Watches the event loop from now until `stop()`: the longest a 10 ms timer fired late, which is how long any
 * other request would have waited for the server to answer.
 */
export function watchEventLoop(): { stop: () => number } {
  let last = performance.now();
  let longest = 0;
  const measure = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK_MS);
    last = now;
  };
  const timer = setInterval(measure, TICK_MS);
  return {
    stop() {
      clearInterval(timer);
      measure();
      return longest;
    },
  };
}
