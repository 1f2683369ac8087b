import { describe, expect, it } from 'vitest';
import { draftRights, roleMay, roleMayChange } from '@/lib/accounts/roles';

describe('the role table', () => {
  it('lets a writer change only their own work, and never an approved post', () => {
    expect(roleMayChange('writer', 'ana', 'ana')).toBe(true);
    expect(roleMayChange('writer', 'ana', 'bo')).toBe(false);
    // Work from before accounts has no author: only editors and admins change it.
    expect(roleMayChange('writer', 'ana', null)).toBe(false);
    expect(roleMayChange('editor', 'ed', null)).toBe(true);
    expect(draftRights('writer', 'ana', { createdById: 'ana', status: 'review' })).toEqual({
      edit: true,
      approve: false,
      export: false,
      publish: false,
    });
    expect(draftRights('writer', 'ana', { createdById: 'ana', status: 'approved' }).edit).toBe(false);
    expect(draftRights('editor', 'ed', { createdById: 'ana', status: 'approved' })).toEqual({
      edit: true,
      approve: true,
      export: true,
      publish: true,
    });
  });

  it('keeps people, connections and settings to admins', () => {
    for (const permission of ['people.manage', 'connections.manage', 'settings.manage'] as const) {
      expect([roleMay('admin', permission), roleMay('editor', permission), roleMay('writer', permission)]).toEqual([true, false, false]);
    }
  });
});
