const MEGABYTE = 1024 * 1024;

/** The most one import unpacks, all files and archive entries together, checked before anything is inflated. */
export const MAX_IMPORT_BYTES = 20 * MEGABYTE;

/** The most Markdown files one import reads. */
export const MAX_IMPORT_FILES = 500;

/** The most entries of any kind one archive may list; a bigger central directory is not even scanned to the end. */
export const MAX_ARCHIVE_ENTRIES = 2_000;

/** How long one import may take to unpack and read; hostile files cost time as well as bytes. */
export const IMPORT_TIME_BUDGET_MS = 5_000;

// A draft's content is at most 2,000,000 characters, and UTF-8 needs at least one byte per character.
export const MAX_FILE_BYTES = 2_000_000;

/** Whole megabytes, rounded up so a size just over a limit never reads as equal to it. */
export const formatMegabytes = (bytes: number) => `${Math.ceil(bytes / MEGABYTE)} MB`;

export const LIMIT_LABELS = {
  importBytes: formatMegabytes(MAX_IMPORT_BYTES),
  fileBytes: formatMegabytes(MAX_FILE_BYTES),
} as const;
