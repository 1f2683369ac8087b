// Client-safe: the role table every server check and every page reads. One table, so a button and the rule
// behind it cannot disagree.

export const ROLES = ['admin', 'editor', 'writer'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', editor: 'Editor', writer: 'Writer' };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'People, connections and settings, and everything an editor does.',
  editor: 'Edits any draft, approves, publishes and exports.',
  writer: 'Writes and edits their own drafts and sends them to review.',
};

/**
 * What each role may do. `drafts.edit-own` covers a person's own drafts (edit, stop, resume, regenerate, delete,
 * history, send to review); `drafts.edit-any` is the same on anyone's.
 */
const PERMISSIONS = {
  'drafts.read': ['admin', 'editor', 'writer'],
  'drafts.write': ['admin', 'editor', 'writer'],
  'drafts.edit-own': ['admin', 'editor', 'writer'],
  'drafts.edit-any': ['admin', 'editor'],
  'drafts.approve': ['admin', 'editor'],
  'drafts.publish': ['admin', 'editor'],
  'drafts.export': ['admin', 'editor'],
  'drafts.import': ['admin', 'editor'],
  'trash.empty': ['admin', 'editor'],
  'connections.manage': ['admin'],
  'settings.manage': ['admin'],
  'people.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const FORBIDDEN_MESSAGES: Record<Permission, string> = {
  'drafts.read': 'Your role cannot read drafts.',
  'drafts.write': 'Your role cannot write posts.',
  'drafts.edit-own': 'Your role cannot edit drafts.',
  'drafts.edit-any': 'Only an editor or an admin can change a draft someone else wrote. Ask them, or write your own.',
  'drafts.approve': 'Only an editor or an admin can approve a post. Send it to review instead.',
  'drafts.publish': 'Only an editor or an admin can publish. Send the post to review and ask them.',
  'drafts.export': 'Only an editor or an admin can export. Ask one of them for the files.',
  'drafts.import': 'Only an editor or an admin can import posts.',
  'trash.empty': 'Only an editor or an admin can empty the trash.',
  'connections.manage': 'Only an admin can change publishing connections.',
  'settings.manage': 'Only an admin can change settings.',
  'people.manage': 'Only an admin can manage people, invites and password resets.',
};

/** What the draft page offers this person; the server checks the same rules again on every request. */
export type DraftRights = { edit: boolean; approve: boolean; export: boolean; publish: boolean };

export const NO_DRAFT_RIGHTS: DraftRights = { edit: false, approve: false, export: false, publish: false };

/**
 * Whether this role, as this person, may change a thing someone made (a draft, a batch): its author with
 * `drafts.edit-own`, anyone else with `drafts.edit-any`. Things with no author (before accounts) need the latter.
 */
export function roleMayChange(role: Role, personId: string | null, authorId: string | null): boolean {
  if (roleMay(role, 'drafts.edit-any')) return true;
  return roleMay(role, 'drafts.edit-own') && authorId !== null && authorId === personId;
}

/** Why this person may not change this draft, as a code: someone else's, or approved (or being approved). */
export type DraftChangeRefusal = 'not_theirs' | 'approved' | 'approving';

/**
 * The one rule for changing a draft (edit, stop, resume, regenerate, delete, restore, a bulk move): its author or an
 * editor; and an approved post, or one being approved, only by those who may approve. Null when they may.
 */
export function draftChangeRefusal(
  role: Role,
  personId: string | null,
  draft: { createdById: string | null; status: string },
  { approving = false } = {},
): DraftChangeRefusal | null {
  if (!roleMayChange(role, personId, draft.createdById)) return 'not_theirs';
  if (roleMay(role, 'drafts.approve')) return null;
  if (approving) return 'approving';
  return draft.status === 'approved' ? 'approved' : null;
}

export function draftRights(role: Role, personId: string | null, draft: { createdById: string | null; status: string }): DraftRights {
  return {
    edit: draftChangeRefusal(role, personId, draft) === null,
    approve: roleMay(role, 'drafts.approve'),
    export: roleMay(role, 'drafts.export'),
    publish: roleMay(role, 'drafts.publish'),
  };
}
