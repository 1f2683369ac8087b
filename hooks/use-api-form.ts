'use client';

import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '@/lib/client/api';

type Issue = { path: readonly PropertyKey[]; message: string };
export type FieldErrors = Record<string, string>;

function fieldErrorsFrom(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

function issuesOf(error: ApiError): Issue[] | null {
  const issues = (error.details as { issues?: Issue[] } | undefined)?.issues;
  return Array.isArray(issues) && issues.length > 0 ? issues : null;
}

/**
 * A form checked with the server's own schema before it is sent, then sent: errors are said next to their field
 * (the first one takes focus), anything else under the form; `pending` while it is on its way.
 */
export function useApiForm<S extends z.ZodType, R>({
  schema,
  send,
  onDone,
  fieldOfCode = {},
}: {
  schema: S;
  send: (values: z.output<S>) => Promise<R>;
  onDone: (result: R, form: HTMLFormElement) => void;
  /** The field a refusal without field details is about, by error code (a taken email, a wrong current password). */
  fieldOfCode?: Record<string, string>;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (Object.keys(fieldErrors).length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [fieldErrors]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setError(null);
    const parsed = schema.safeParse(Object.fromEntries(new FormData(form)));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFrom(parsed.error.issues));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      onDone(await send(parsed.data), form);
    } catch (caught) {
      const issues = caught instanceof ApiError ? issuesOf(caught) : null;
      const field = caught instanceof ApiError ? fieldOfCode[caught.code] : undefined;
      if (issues) setFieldErrors(fieldErrorsFrom(issues));
      else if (field && caught instanceof Error) setFieldErrors({ [field]: caught.message });
      else setError(caught instanceof Error ? caught.message : 'Something went wrong. Try again.');
    } finally {
      setPending(false);
    }
  };

  return { formRef, onSubmit, pending, fieldErrors, error };
}
