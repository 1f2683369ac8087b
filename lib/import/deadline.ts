import { AppError } from '@/lib/errors';

/** When an import must be done by, and the budget that set it, for the message. */
export type Deadline = { readonly at: number; readonly budgetMs: number };

export function deadlineIn(budgetMs: number): Deadline {
  return { at: Date.now() + budgetMs, budgetMs };
}

export function timeLeft(deadline: Deadline): number {
  return Math.max(0, deadline.at - Date.now());
}

export function importTookTooLong(deadline: Deadline): AppError {
  const seconds = Math.ceil(deadline.budgetMs / 1000);
  return new AppError(
    'payload_too_large',
    `Reading these files took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'}, so the import was stopped and nothing was saved. Import fewer files at a time, or split the archive into smaller ones.`,
  );
}

export function checkDeadline(deadline: Deadline): void {
  if (timeLeft(deadline) === 0) throw importTookTooLong(deadline);
}
