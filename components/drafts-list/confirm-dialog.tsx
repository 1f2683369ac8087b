'use client';

import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';

type Props = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  /** Where focus goes back to when the dialog closes (the button that opened it). */
  returnFocus: RefObject<HTMLElement | null>;
};

/** A modal `<dialog>`: the page behind it is inert, Esc closes it, and focus returns to the opener. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onClose, returnFocus }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The safe choice has focus first, so Enter never deletes by accident.
      cancel.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop lands on the dialog itself; Esc (native) is the keyboard's way out.
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        returnFocus.current?.focus();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-stone-200 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="space-y-3 p-6">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="text-sm text-stone-600 dark:text-stone-300">{children}</div>
      </div>
      <div className="flex justify-end gap-2 border-t border-stone-200 bg-stone-50 px-6 py-3 dark:border-stone-800 dark:bg-stone-950/40">
        <button
          ref={cancel}
          type="button"
          onClick={() => dialog.current?.close()}
          className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 dark:border-stone-600 dark:bg-stone-800 dark:hover:bg-stone-700"
        >
          Cancel
        </button>
        <button
          type="button"
          onClick={onConfirm}
          className="rounded-lg bg-rose-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-rose-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-500"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
