import Link from 'next/link';

/**
 * A page that cannot do what it is for (a role that may not use it, a used or expired link): what it is, why, and
 * where to go instead.
 */
export function NoticePage({ title, message, action }: { title: string; message: string; action: { href: string; label: string } }) {
  return (
    <section aria-labelledby="notice-page-heading" className="max-w-xl">
      <h1 id="notice-page-heading" className="text-2xl font-semibold tracking-tight">
        {title}
      </h1>
      <p
        role="alert"
        data-testid="notice-page-message"
        className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        {message}
      </p>
      <p className="mt-4 text-sm">
        <Link href={action.href} className="font-medium text-amber-700 underline underline-offset-2 dark:text-amber-400">
          {action.label}
        </Link>
      </p>
    </section>
  );
}
