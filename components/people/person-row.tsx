'use client';

import { useRef, useState } from 'react';
import type { Role } from '@/lib/accounts/roles';
import { callApi } from '@/lib/client/api';
import { CopyField } from '../account/copy-field';
import { FormError } from '../account/form-error';
import { formatTime } from '../account/format-time';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { Dialog } from '../ui/dialog';
import type { IssuedLinkView, PersonView } from './person-view';
import { RoleSelect } from './role-select';

type Props = { person: PersonView; isYou: boolean; onChange: (person: PersonView) => void };

/** One person: their role (changed on pick), a password reset link to hand over, and Remove. */
export function PersonRow({ person, isYou, onChange }: Props) {
  const [pending, setPending] = useState<'role' | 'remove' | 'reset' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [resetLink, setResetLink] = useState<IssuedLinkView | null>(null);
  const removeButton = useRef<HTMLButtonElement>(null);

  const run = async <T,>(kind: 'role' | 'remove' | 'reset', call: () => Promise<T>): Promise<T | null> => {
    setPending(kind);
    setError(null);
    try {
      return await call();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'Something went wrong. Try again.');
      return null;
    } finally {
      setPending(null);
    }
  };

  const update = async (kind: 'role' | 'remove', body: { role?: Role; disabled?: boolean }) => {
    const updated = await run(kind, () => callApi<PersonView>(`/api/people/${person.id}`, { method: 'PATCH', body }));
    if (updated) onChange(updated);
  };

  const makeResetLink = async () => {
    const link = await run('reset', () => callApi<IssuedLinkView>(`/api/people/${person.id}/password-reset`, { method: 'POST' }));
    if (link) setResetLink(link);
  };

  return (
    <li className="space-y-1 px-3 py-3" data-testid="person-row">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <div className="min-w-48 flex-1">
          <p className="text-sm font-medium">
            {person.name}
            {isYou && <span className="font-normal text-stone-500 dark:text-stone-400"> (you)</span>}
            {person.disabled && (
              <span className="ml-2 rounded bg-stone-200 px-1.5 py-0.5 text-xs font-normal dark:bg-stone-800">Removed</span>
            )}
          </p>
          <p className="text-xs text-stone-500 [overflow-wrap:anywhere] dark:text-stone-400">{person.email}</p>
        </div>
        {person.disabled ? (
          <Button size="sm" onClick={() => void update('remove', { disabled: false })} disabled={pending !== null}>
            {pending === 'remove' ? 'Restoring…' : 'Restore'}
          </Button>
        ) : (
          <>
            <div className="w-28">
              <RoleSelect
                label={`Role of ${person.name}`}
                value={person.role}
                disabled={pending !== null}
                onChange={(role) => void update('role', { role })}
              />
            </div>
            <Button size="sm" onClick={() => void makeResetLink()} disabled={pending !== null}>
              {pending === 'reset' ? 'Making the link…' : 'Password reset link'}
            </Button>
            {!isYou && (
              <Button
                ref={removeButton}
                size="sm"
                variant="destructive-outline"
                onClick={() => setConfirmingRemove(true)}
                disabled={pending !== null}
              >
                {pending === 'remove' ? 'Removing…' : 'Remove'}
              </Button>
            )}
          </>
        )}
        {pending === 'role' && (
          <span role="status" className="text-xs text-stone-500">
            Saving…
          </span>
        )}
      </div>
      <FormError message={error} />
      <ConfirmDialog
        open={confirmingRemove}
        title={`Remove ${person.name}?`}
        confirmLabel="Remove"
        returnFocus={removeButton}
        onClose={() => setConfirmingRemove(false)}
        onConfirm={() => {
          setConfirmingRemove(false);
          void update('remove', { disabled: true });
        }}
      >
        <p>
          They are logged out everywhere and their API tokens stop working. Their drafts stay, with their name. You can restore them later.
        </p>
      </ConfirmDialog>
      <Dialog open={resetLink !== null} onClose={() => setResetLink(null)} title={`Password reset link for ${person.name}`}>
        {resetLink && (
          <div className="space-y-2">
            <CopyField label="Send this link to them" value={resetLink.url} testId="reset-link" />
            <p className="text-xs text-stone-600 dark:text-stone-300">
              It works once, until {formatTime(resetLink.expiresAt)}. Setting a new password logs them out everywhere.
            </p>
          </div>
        )}
      </Dialog>
    </li>
  );
}
