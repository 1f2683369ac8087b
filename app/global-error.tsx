'use client';

import './globals.css';

type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void };

// Replaces the root layout when the layout itself fails, so it brings its own <html> and no navigation.
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
          <p className="text-lg font-semibold tracking-tight">
            Post<span className="text-amber-600 dark:text-amber-400">smith</span>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">Postsmith could not start this page</h1>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Your drafts are safe. Check that the database is reachable (DATABASE_URL) and the server log
            {error.digest ? ` (reference ${error.digest})` : ''}, then try again.
          </p>
          <div className="flex justify-center gap-3">
            <button
              type="button"
              onClick={reset}
              className="rounded-lg bg-amber-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-amber-700"
            >
              Try again
            </button>
            {/* A full page load: the app's router may be what failed. */}
            <a
              href="/"
              className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 shadow-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
            >
              Back to the start page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
