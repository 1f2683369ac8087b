'use client';

import { type ReactNode, type RefObject, useEffect, useId, useRef } from 'react';
import { Button } from './button';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
  /** Where focus goes when the dialog closes; by default the element that had it when the dialog opened. */
  returnFocus?: RefObject<HTMLElement | null>;
};

/** Focus back to where it was asked to go, or else to where it was before the dialog opened. */
function restoreFocus(saved: RefObject<HTMLElement | null>, preferred: RefObject<HTMLElement | null> | undefined) {
  const target = preferred?.current ?? saved.current;
  saved.current = null;
  if (target?.isConnected) target.focus();
}

/**
 * A modal `<dialog>`: the page behind it is inert, Esc, the × button and a click on the backdrop ask the
 * parent to close it, and focus returns to the opener. A child marked `data-autofocus` takes focus first.
 */
export function Dialog({ open, onClose, title, children, footer, wide, returnFocus }: DialogProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const pressedOnBackdrop = useRef(false);
  const latest = useRef({ onClose, open, returnFocus });
  useEffect(() => {
    latest.current = { onClose, open, returnFocus };
  });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // React focuses `autoFocus` children before the dialog is shown, which fails; this marker works instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      restoreFocus(returnFocusTo, latest.current.returnFocus);
    }
  }, [open]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The parent owns `open`: Escape asks it to close instead of closing behind its back.
    const onCancel = (event: Event) => {
      event.preventDefault();
      latest.current.onClose();
    };
    // Closed by the browser itself (e.g. a second Escape it would not let us cancel): tell the parent. The
    // event comes a task later, so a dialog closed by its parent may already be open again by then.
    const onNativeClose = () => {
      if (dialog.open || !latest.current.open) return;
      restoreFocus(returnFocusTo, latest.current.returnFocus);
      latest.current.onClose();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) {
        dialog.close();
        restoreFocus(returnFocusTo, latest.current.returnFocus);
      }
    };
  }, []);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only a click on the backdrop lands on the dialog itself; Esc is the keyboard's way out.
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      data-testid="dialog"
      // Press and release both on the backdrop: a text selection dragged out of the dialog does not close it.
      onPointerDown={(event) => {
        pressedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        if (pressedOnBackdrop.current && event.target === event.currentTarget) onClose();
        pressedOnBackdrop.current = false;
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? 'max-w-4xl' : 'max-w-lg'} max-h-[calc(100dvh-4rem)] flex-col overflow-hidden rounded-lg border border-stone-200 bg-white p-0 text-stone-900 shadow-xl open:flex backdrop:bg-stone-950/50 backdrop:backdrop-blur-[1px] dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100`}
    >
      {open && (
        <>
          <header className="flex items-center justify-between gap-4 border-b border-stone-200 px-5 py-3 dark:border-stone-800">
            <h2 id={titleId} className="text-base font-semibold">
              {title}
            </h2>
            <Button variant="ghost" size="icon" aria-label="Close" onClick={onClose}>
              <span aria-hidden="true">×</span>
            </Button>
          </header>
          <div className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-sm">{children}</div>
          {footer && (
            <footer className="flex flex-wrap items-center justify-end gap-2 border-t border-stone-200 bg-stone-50 px-5 py-3 dark:border-stone-800 dark:bg-stone-950/40">
              {footer}
            </footer>
          )}
        </>
      )}
    </dialog>
  );
}
