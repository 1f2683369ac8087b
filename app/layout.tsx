import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { LogoutButton } from '@/components/logout-button';
import { ModelPricingProvider } from '@/components/model-pricing-provider';
import { ReadOnlyNotice } from '@/components/read-only-notice';
import { ownerExists } from '@/lib/accounts';
import { type Permission, roleMay } from '@/lib/accounts/roles';
import { currentPrincipal, loginRequired, principalRole } from '@/lib/auth';
import { pricingFor } from '@/lib/batch/prices';
import { readOnlyDatabaseNotice } from '@/lib/drafts';
import { serverEnv } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Postsmith', template: '%s · Postsmith' },
  description: 'Self-hosted AI blog studio: long, structured SEO posts, streamed live and exported as clean Markdown.',
};

// Each link names what its page needs (lib/accounts/roles.ts), so nobody is offered a page that refuses them.
const NAV_LINKS = [
  { href: '/', label: 'New post', needs: 'drafts.write' },
  { href: '/drafts', label: 'Drafts', needs: 'drafts.read' },
  { href: '/batches', label: 'Batches', needs: 'drafts.read' },
  { href: '/import', label: 'Import', needs: 'drafts.import' },
  { href: '/settings', label: 'Settings', needs: 'settings.manage' },
] as const satisfies readonly { href: string; label: string; needs: Permission }[];

const linkClass = 'text-sm text-stone-600 hover:text-stone-900 dark:text-stone-300 dark:hover:text-white';

export default async function RootLayout({ children }: { children: ReactNode }) {
  const principal = await currentPrincipal();
  const person = principal?.kind === 'person' ? principal.person : null;
  // Until the owner account exists the installation works as before; it is asked, on every page, to move over.
  const offerSetup = principal?.kind === 'installation' && !(await ownerExists());
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        {offerSetup && (
          <p className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-center text-xs text-amber-900 dark:border-amber-900 dark:bg-amber-950/50 dark:text-amber-200">
            Set up accounts:{' '}
            <Link href="/setup" className="font-medium underline">
              create the owner account
            </Link>
            , so each person logs in with their own and their work carries their name.
          </p>
        )}
        <header className="border-b border-stone-200 bg-white/80 backdrop-blur dark:border-stone-800 dark:bg-stone-900/80">
          <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6" aria-label="Main">
            <Link href="/" className="text-lg font-semibold tracking-tight">
              Post<span className="text-amber-600 dark:text-amber-400">smith</span>
            </Link>
            {/* Logged out, every page but the login page sends a person back to it: no links that only bounce. */}
            {principal &&
              NAV_LINKS.filter(({ needs }) => roleMay(principalRole(principal), needs)).map(({ href, label }) => (
                <Link key={href} href={href} className={linkClass}>
                  {label}
                </Link>
              ))}
            {person && roleMay(person.role, 'people.manage') && (
              <Link href="/settings/people" className={linkClass}>
                People
              </Link>
            )}
            {person && (
              <Link href="/account" className={linkClass} title={`${person.name} (${person.email})`}>
                Account
              </Link>
            )}
            {principal && (await loginRequired()) && <LogoutButton />}
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
