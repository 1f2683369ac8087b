import { EDITABLE_FIELD_NAMES, type EditableFieldName, type EditableFields } from '@/lib/drafts/editable-fields';

export const FIELD_LABELS: Record<EditableFieldName, string> = {
  title: 'Title',
  metaDescription: 'Meta description',
  slug: 'Slug',
  tags: 'Tags',
  categories: 'Categories',
  content: 'Body',
};

/** Field names as a person reads them in a sentence: "title, tags and body". */
export function fieldList(names: readonly EditableFieldName[]): string {
  const words = names.map((name) => FIELD_LABELS[name].toLowerCase());
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The fields as text to diff: one labelled line per field, the body last, so a diff shows every field that changed. */
export function fieldsAsText(fields: EditableFields, names: readonly EditableFieldName[] = EDITABLE_FIELD_NAMES): string {
  const lines = names
    .filter((name) => name !== 'content')
    .map((name) => {
      const value = fields[name];
      return `${FIELD_LABELS[name]}: ${Array.isArray(value) ? value.join(', ') : value}`;
    });
  if (!names.includes('content')) return lines.join('\n');
  return [...lines, ...(lines.length > 0 ? [''] : []), fields.content].join('\n');
}
