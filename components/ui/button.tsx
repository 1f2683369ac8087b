import type { ComponentProps } from 'react';

const BASE =
  'inline-flex items-center justify-center gap-1.5 outline-none transition-colors focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:ring-offset-2 focus-visible:ring-offset-white disabled:cursor-not-allowed disabled:opacity-50 dark:focus-visible:ring-offset-stone-900';

const VARIANTS = {
  primary: 'bg-amber-600 font-semibold text-white shadow-sm hover:bg-amber-700',
  outline:
    'border border-stone-300 bg-white font-medium text-stone-800 shadow-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100 dark:hover:bg-stone-800',
  destructive: 'bg-rose-700 font-semibold text-white shadow-sm hover:bg-rose-800',
  'destructive-outline':
    'border border-stone-300 bg-white font-medium text-rose-700 shadow-sm hover:bg-rose-50 dark:border-stone-700 dark:bg-stone-900 dark:text-rose-400 dark:hover:bg-rose-950/50',
  ghost: 'text-stone-500 hover:bg-stone-100 hover:text-stone-900 dark:text-stone-400 dark:hover:bg-stone-800 dark:hover:text-white',
} as const;

const SIZES = {
  sm: 'rounded-md px-2.5 py-1.5 text-xs',
  md: 'rounded-lg px-3 py-1.5 text-sm',
  lg: 'rounded-lg px-4 py-2 text-sm',
  icon: 'size-8 rounded-lg text-lg',
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;
type VariantProps = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The classes of a button, for the elements that must look like one without being one (a download link). */
export function buttonVariants({ variant = 'outline', size = 'md', className }: VariantProps = {}): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]}${className ? ` ${className}` : ''}`;
}

export function Button({ variant, size, className, type = 'button', ...props }: ComponentProps<'button'> & VariantProps) {
  return <button type={type} className={buttonVariants({ variant, size, className })} {...props} />;
}
