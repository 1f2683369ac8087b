import Link from 'next/link';

/** A page this person's role may not use: what it is, why not, and where to go instead. */
export function NotAllowed({ title, message }: { title: string; message: string }) {
  return (
    <section aria-labelledby="not-allowed-heading" className="max-w-xl">
      <h1 id="not-allowed-heading" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p
        role="alert"
        data-testid="not-allowed"
        className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {message}
      </p>
      <p className="mt-4 text-sm">
        <Link href="/drafts" className="underline underline-offset-2">
          Back to the drafts
        </Link>
      </p>
    </section>
  );
}
