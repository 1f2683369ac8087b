'use client';

import { useId, useState } from 'react';
import { FormError } from '@/components/account/form-error';
import { useApiForm } from '@/hooks/use-api-form';
import { ROLE_DESCRIPTIONS, type Role } from '@/lib/accounts/roles';
import { InviteInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { CopyField } from '../account/copy-field';
import { formatTime } from '../account/format-time';
import { Button } from '../ui/button';
import type { IssuedLinkView } from './person-view';
import { RoleSelect } from './role-select';

/** Makes an invite link for a role, to hand over (no mail is sent): it works once, for 7 days. */
export function InviteForm() {
  const roleId = useId();
  const [role, setRole] = useState<Role>('writer');
  const [link, setLink] = useState<IssuedLinkView | null>(null);
  const { formRef, onSubmit, pending, error } = useApiForm({
    schema: InviteInput,
    send: (values) => callApi<IssuedLinkView>('/api/invites', { method: 'POST', body: values }),
    onDone: (issued) => setLink(issued),
  });
  return (
    <div className="space-y-3">
      <form ref={formRef} onSubmit={onSubmit} className="flex flex-wrap items-end gap-2">
        <div className="w-32">
          <label htmlFor={roleId} className="mb-1 block text-sm font-medium">
            Role
          </label>
          <RoleSelect id={roleId} name="role" value={role} onChange={setRole} />
        </div>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? 'Making the link…' : 'Make an invite link'}
        </Button>
      </form>
      <p className="text-xs text-stone-500 dark:text-stone-400">{ROLE_DESCRIPTIONS[role]}</p>
      <FormError message={error} />
      {link && (
        <div className="max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40">
          <CopyField label="Invite link: send it to the person" value={link.url} testId="invite-link" />
          <p className="text-xs text-stone-600 dark:text-stone-300">Works once, until {formatTime(link.expiresAt)}.</p>
        </div>
      )}
    </div>
  );
}
