import {
  FIELD_MESSAGES,
  MAX_CONTENT_LENGTH,
  MAX_META_LENGTH,
  MAX_SLUG_INPUT_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  SLUG_PATTERN,
} from './codes';
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

export type EditableFieldName = (typeof EDITABLE_FIELD_NAMES)[number];

/**
 * Fields the server would refuse, each with what to do: autosave holds these back and saves the others, so one field
 * still being fixed never stops the rest from saving. Plain checks on the limits in codes.ts, the ones the API's zod
 * schema uses, so the editor does not download zod (a unit test compares the two).
 */
export function fieldProblems(fields: EditableFields): Partial<Record<EditableFieldName, string>> {
  const problems: Partial<Record<EditableFieldName, string>> = {};
  if (fields.title.length > MAX_TITLE_LENGTH) problems.title = FIELD_MESSAGES.title;
  if (fields.metaDescription.length > MAX_META_LENGTH) problems.metaDescription = FIELD_MESSAGES.metaDescription;
  if (fields.slug === '') problems.slug = FIELD_MESSAGES.slugEmpty;
  else if (fields.slug.length > MAX_SLUG_INPUT_LENGTH) problems.slug = FIELD_MESSAGES.slugLong;
  else if (!SLUG_PATTERN.test(fields.slug)) problems.slug = FIELD_MESSAGES.slugPattern;
  if (fields.tags.length > MAX_TAGS || fields.tags.some((tag) => tag.trim() === '' || tag.trim().length > MAX_TAG_LENGTH)) {
    problems.tags = FIELD_MESSAGES.tags;
  }
  if (fields.content.length > MAX_CONTENT_LENGTH) problems.content = FIELD_MESSAGES.content;
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
