import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { InviteForm } from '@/components/people/invite-form';
import { PeopleList } from '@/components/people/people-list';
import { NoticePage } from '@/components/ui/notice-page';
import { listPeople } from '@/lib/accounts';
import { FORBIDDEN_MESSAGES, roleMay } from '@/lib/accounts/roles';
import { currentPrincipal } from '@/lib/auth';

export const metadata: Metadata = { title: 'People' };

const sectionHeading = 'text-lg font-semibold tracking-tight';

export default async function PeoplePage() {
  const principal = await currentPrincipal();
  if (!principal) redirect('/login?next=/settings/people');
  if (principal.kind !== 'person') redirect('/setup');
  if (!roleMay(principal.person.role, 'people.manage')) {
    return (
      <NoticePage title="People" message={FORBIDDEN_MESSAGES['people.manage']} action={{ href: '/drafts', label: 'Back to the drafts' }} />
    );
  }
  const people = await listPeople();
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">People</h1>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Who works in this install and what each may do. No mail is sent: invite and password reset links are for you to hand over.
        </p>
      </div>
      <section aria-labelledby="invite-heading" className="space-y-3">
        <h2 id="invite-heading" className={sectionHeading}>
          Invite someone
        </h2>
        <InviteForm />
      </section>
      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionHeading}>
          Everyone
        </h2>
        <PeopleList
          youId={principal.person.id}
          initial={people.map(({ id, name, email, role, disabled }) => ({ id, name, email, role, disabled }))}
        />
      </section>
    </div>
  );
}
