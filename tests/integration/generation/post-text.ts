/** A well-formed model output with `sections` numbered sections, so tests can cut it anywhere. */
export function composePost(topic: string, sections = 8): string {
  const body = Array.from({ length: sections }, (_, index) =>
    [`## Part ${index + 1} of ${topic}`, '', `Paragraph ${index + 1} explains ${topic} with care and detail.`, ''].join('\n'),
  );
  return [
    `TITLE: All About ${topic}`,
    `META_DESCRIPTION: A careful look at ${topic}.`,
    'TAGS: alpha, beta',
    'CATEGORIES: Tutorials',
    '',
    ...body,
    'The end of the post.',
    '-EndOFText-',
  ].join('\n');
}

/** The index just after the `n`th occurrence of `needle`: a cut point inside a word-boundary-free run. */
export function indexAfter(text: string, needle: string, occurrence = 1): number {
  let from = 0;
  for (let seen = 0; seen < occurrence; seen++) {
    const found = text.indexOf(needle, from);
    if (found === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
    from = found + needle.length;
  }
  return from;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
