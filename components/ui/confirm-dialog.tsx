'use client';

import type { ReactNode, RefObject } from 'react';
import { Button } from './button';
import { Dialog } from './dialog';

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  returnFocus?: RefObject<HTMLElement | null>;
};

/** Asks before something that cannot be undone. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onClose, returnFocus }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={title}
      returnFocus={returnFocus}
      footer={
        <>
          {/* The safe choice has focus first, so Enter never deletes by accident. */}
          <Button data-autofocus onClick={onClose}>
            Cancel
          </Button>
          <Button variant="destructive" onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <div className="text-stone-600 dark:text-stone-300">{children}</div>
    </Dialog>
  );
}
