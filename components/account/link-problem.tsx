import Link from 'next/link';

/** An invite or reset link that was used, expired or mistyped: what to do instead. */
export function LinkProblem({ title, message }: { title: string; message: string }) {
  return (
    <section aria-labelledby="link-problem-heading" className="mx-auto mt-8 max-w-sm">
      <h1 id="link-problem-heading" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{message}</p>
      <p className="mt-4 text-sm">
        <Link href="/login" className="font-medium text-amber-700 underline dark:text-amber-400">
          Log in
        </Link>
      </p>
    </section>
  );
}
