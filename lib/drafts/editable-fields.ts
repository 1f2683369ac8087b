import type { Draft } from './draft';
import { UpdateDraftInput } from './schemas';

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

export type EditableFieldName = (typeof EDITABLE_FIELD_NAMES)[number];

/**
 * Fields the server would refuse, each with what to do: autosave holds these back and saves the others, so one field
 * still being fixed never stops the rest from saving.
 */
export function fieldProblems(fields: EditableFields): Partial<Record<EditableFieldName, string>> {
  const problems: Partial<Record<EditableFieldName, string>> = {};
  for (const name of EDITABLE_FIELD_NAMES) {
    const result = UpdateDraftInput.shape[name].safeParse(fields[name]);
    if (!result.success) problems[name] = result.error.issues[0]?.message ?? 'This field cannot be saved as it is.';
  }
  return problems;
}

export type MergedEdits = { fields: EditableFields; conflicts: EditableFieldName[] };

/**
 * Three-way merge of one tab's edits with a newer saved version, field by field: fields only one side changed take
 * that side's value; a field both changed, to different values, is a conflict (`fields` holds mine for it until the
 * person chooses).
 */
export function mergeEdits({ base, mine, theirs }: { base: EditableFields; mine: EditableFields; theirs: EditableFields }): MergedEdits {
  const mineChanged = changedFields(base, mine);
  const theirsChanged = changedFields(base, theirs);
  const fields = { ...theirs };
  const conflicts: EditableFieldName[] = [];
  for (const name of EDITABLE_FIELD_NAMES) {
    if (!(name in mineChanged)) continue;
    Object.assign(fields, { [name]: mine[name] });
    if (name in theirsChanged && !same(mine[name], theirs[name])) conflicts.push(name);
  }
  return { fields, conflicts };
}
