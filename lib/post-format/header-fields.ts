import { cleanValue, normaliseCategories, normaliseTags, splitList } from './normalise';

const LABEL_NAMES = {
  title: 'TITLE',
  metaDescription: 'META_DESCRIPTION',
  tags: 'TAGS',
  categories: 'CATEGORIES',
} as const;

export type HeaderField = keyof typeof LABEL_NAMES;

/** The header fields as the model wrote them, normalised, with what a person should know about them. */
export class HeaderFields {
  title = '';
  metaDescription = '';
  tags: string[] = [];
  categories: string[] = [];
  readonly warnings: string[] = [];
  private readonly written = new Set<HeaderField>();

  /** `known`: the category list the model was offered (the fixed one and an install's own). */
  constructor(private readonly known?: readonly string[]) {}

  set(field: HeaderField, value: string): void {
    if (cleanValue(value) === '') return;
    if (this.written.has(field)) {
      this.warnings.push(`The model wrote ${LABEL_NAMES[field]} more than once; the first one was kept.`);
      return;
    }
    this.written.add(field);
    if (field === 'title') this.title = cleanValue(value);
    else if (field === 'metaDescription') this.metaDescription = cleanValue(value);
    else if (field === 'tags') this.tags = normaliseTags(splitList(value));
    else this.setCategories(value);
  }

  missingWarnings(): string[] {
    const empty: Record<HeaderField, boolean> = {
      title: this.title === '',
      metaDescription: this.metaDescription === '',
      tags: this.tags.length === 0,
      categories: this.categories.length === 0,
    };
    return (Object.keys(LABEL_NAMES) as HeaderField[])
      .filter((field) => empty[field])
      .map((field) =>
        this.written.has(field) ? `None of the model's ${LABEL_NAMES[field]} could be kept.` : `The model wrote no ${LABEL_NAMES[field]}.`,
      );
  }

  private setCategories(value: string): void {
    const { categories, unknown } = normaliseCategories(splitList(value), this.known);
    this.categories = categories;
    for (const name of unknown) this.warnings.push(`Category "${name}" is not in the list and was dropped.`);
  }
}
