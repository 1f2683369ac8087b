import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LogoutButton } from '@/components/logout-button';
import { ModelPricingProvider } from '@/components/model-pricing-provider';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { canLogOut, requestIsAuthorized } from '@/lib/auth';
import { pricingFor } from '@/lib/batch/prices';
import { readOnlyDatabaseNotice } from '@/lib/drafts';
import { serverEnv } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Postsmith', template: '%s · Postsmith' },
  description: 'Self-hosted AI blog studio: long, structured SEO posts, streamed live and exported as clean Markdown.',
};

const NAV_LINKS = [
  { href: '/', label: 'New post' },
  { href: '/drafts', label: 'Drafts' },
  { href: '/batches', label: 'Batches' },
  { href: '/import', label: 'Import' },
  { href: '/settings', label: 'Settings' },
] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6" aria-label="Main">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Post<span className="text-amber-600 dark:text-amber-400">smith</span>
            </Link>
            {/* Logged out, every page but the login page sends a person back to it: no links that only bounce. */}
            {(await requestIsAuthorized()) &&
              NAV_LINKS.map(({ href, label }) => (
                <Link
                  key={href}
                  href={href}
                  className="text-sm text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white"
                >
                  {label}
                </Link>
              ))}
            {(await canLogOut()) && <LogoutButton />}
          </nav>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          <ReadOnlyNotice message={readOnlyDatabaseNotice()} />
          <ModelPricingProvider pricing={pricingFor(serverEnv().OPENAI_BASE_URL)}>{children}</ModelPricingProvider>
        </main>
      </body>
    </html>
  );
}
