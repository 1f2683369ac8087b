import type { Draft } from './draft';

/** The fields a person edits in the editor and autosave sends; status changes go separately. */
export type EditableFields = Pick<Draft, 'title' | 'metaDescription' | 'slug' | 'tags' | 'categories' | 'content'>;

export const EDITABLE_FIELD_NAMES = ['title', 'metaDescription', 'slug', 'tags', 'categories', 'content'] as const;

export function editableFields(draft: EditableFields): EditableFields {
  return {
    title: draft.title,
    metaDescription: draft.metaDescription,
    slug: draft.slug,
    tags: draft.tags,
    categories: draft.categories,
    content: draft.content,
  };
}

function same(a: EditableFields[keyof EditableFields], b: EditableFields[keyof EditableFields]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

/** The fields of `next` that differ from `base`: what a save needs to send. */
export function changedFields(base: EditableFields, next: EditableFields): Partial<EditableFields> {
  const changes: Partial<EditableFields> = {};
  for (const name of EDITABLE_FIELD_NAMES) {
    if (!same(base[name], next[name])) Object.assign(changes, { [name]: next[name] });
  }
  return changes;
}
