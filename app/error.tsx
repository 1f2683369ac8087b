'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';

type ErrorProps = { error: Error & { digest?: string }; reset: () => void };

// A page that failed on the server (a database that does not answer, a locked file) lands here inside the layout.
export default function PageError({ error, reset }: ErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <section role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">This page could not be loaded</h1>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        Your drafts are safe: nothing was changed. If it happens again, the database may be unavailable; the server log has the details
        {error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <div className="flex justify-center gap-3">
        <Button variant="primary" size="lg" onClick={reset}>
          Try again
        </Button>
        <Link href="/" className={buttonVariants({ size: 'lg' })}>
          Back to the start page
        </Link>
      </div>
    </section>
  );
}
