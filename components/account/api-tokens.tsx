'use client';

import { useRef, useState } from 'react';
import { useApiForm } from '@/hooks/use-api-form';
import { NewApiTokenInput } from '@/lib/accounts/schemas';
import { callApi } from '@/lib/client/api';
import { Button } from '../ui/button';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { TextField } from '../ui/text-field';
import { CopyField } from './copy-field';
import { FormError } from './form-error';
import { formatTime } from './format-time';

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

/** Personal API tokens: made here (the secret shown once), listed with when each was last used, revoked. */
export function ApiTokens({ initial }: { initial: TokenRow[] }) {
  const [tokens, setTokens] = useState(initial);
  const [fresh, setFresh] = useState<{ id: string; name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const { formRef, onSubmit, pending, fieldErrors, error } = useApiForm({
    schema: NewApiTokenInput,
    send: (values) => callApi<TokenRow & { token: string }>('/api/account/tokens', { method: 'POST', body: values }),
    onDone: ({ token, ...row }, form) => {
      form.reset();
      setFresh({ id: row.id, name: row.name, token });
      setTokens((current) => [row, ...current]);
    },
  });

  const revoke = async (row: TokenRow) => {
    setRevoking(null);
    setRevokeError(null);
    try {
      await callApi(`/api/account/tokens/${row.id}`, { method: 'DELETE' });
      setTokens((current) => current.filter((token) => token.id !== row.id));
      if (fresh?.id === row.id) setFresh(null);
    } catch (caught) {
      setRevokeError(caught instanceof Error ? caught.message : 'Could not revoke the token. Try again.');
    }
    listRef.current?.focus();
  };

  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} noValidate className="flex max-w-lg flex-wrap items-start gap-2">
        <div className="min-w-56 flex-1">
          <TextField label="Token name" name="name" placeholder="e.g. nightly export script" required error={fieldErrors.name} />
        </div>
        <Button type="submit" variant="primary" disabled={pending} className="mt-6">
          {pending ? 'Creating…' : 'Create token'}
        </Button>
      </form>
      <FormError message={error} />
      {fresh && (
        <div className="max-w-lg rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950/40">
          <CopyField label={`Token “${fresh.name}”: copy it now, it is not shown again`} value={fresh.token} testId="new-api-token" />
          <p className="text-xs text-stone-600 dark:text-stone-300">
            Scripts send it as <code className="font-mono">Authorization: Bearer …</code>. It can do what you can.
          </p>
        </div>
      )}
      <FormError message={revokeError} />
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-500 dark:text-stone-400">No tokens yet.</p>
      ) : (
        <ul
          ref={listRef}
          tabIndex={-1}
          aria-label="Your API tokens"
          className="divide-y divide-stone-200 rounded-lg border border-stone-200 outline-none dark:divide-stone-800 dark:border-stone-800"
        >
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <div>
                <span className="font-medium">{token.name}</span> <code className="font-mono text-xs text-stone-500">{token.prefix}…</code>
                <p className="text-xs text-stone-500 dark:text-stone-400">
                  Created {formatTime(token.createdAt)} · {token.lastUsedAt ? `Last used ${formatTime(token.lastUsedAt)}` : 'Never used'}
                </p>
              </div>
              <Button variant="destructive-outline" size="sm" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                Revoke
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke"
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && void revoke(revoking)}
      >
        <p>Scripts using this token get “401 Unauthorized” from now on. This cannot be undone; make a new token instead.</p>
      </ConfirmDialog>
    </div>
  );
}
