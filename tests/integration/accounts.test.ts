import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness } from './generation/harness';

let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let accounts: typeof import('@/lib/accounts');

beforeAll(async () => {
  harness = await startGenerationHarness();
  accounts = await import('@/lib/accounts');
});
afterAll(async () => harness?.close());

const cookieFor = (value: string) => new Headers({ cookie: `${accounts.ACCOUNT_SESSION_COOKIE}=${encodeURIComponent(value)}` });

describe('accounts', () => {
  it('makes one owner, who logs in with the right password only, and whose sessions end everywhere on request', async () => {
    expect(await accounts.ownerExists()).toBe(false);
    const owner = await accounts.createOwner({ name: 'Olga Owner', email: 'olga@example.com', password: 'owner password 1' });
    expect(owner.role).toBe('admin');
    expect(await accounts.ownerExists()).toBe(true);
    await expect(accounts.createOwner({ name: 'Mallory', email: 'm@example.com', password: 'another password' })).rejects.toMatchObject({
      code: 'invalid_state',
    });

    expect(await accounts.signIn({ email: 'olga@example.com', password: 'wrong password!' })).toBeNull();
    expect(await accounts.signIn({ email: 'nobody@example.com', password: 'owner password 1' })).toBeNull();
    const first = await accounts.signIn({ email: 'olga@example.com', password: 'owner password 1' });
    const second = await accounts.signIn({ email: 'olga@example.com', password: 'owner password 1' });
    expect(first?.person).toMatchObject({ name: 'Olga Owner', role: 'admin' });
    expect((await accounts.sessionPerson(cookieFor(first?.cookieValue ?? '')))?.email).toBe('olga@example.com');
    expect(await accounts.sessionPerson(cookieFor('forged.value'))).toBeNull();

    await accounts.signOut(cookieFor(first?.cookieValue ?? ''));
    expect(await accounts.sessionPerson(cookieFor(first?.cookieValue ?? ''))).toBeNull();
    expect(await accounts.sessionPerson(cookieFor(second?.cookieValue ?? ''))).not.toBeNull();
    await accounts.signOutEverywhere(owner.id);
    expect(await accounts.sessionPerson(cookieFor(second?.cookieValue ?? ''))).toBeNull();
  });

  it('lets an invited person join once with the invite role, and a reset link set a new password once', async () => {
    const [owner] = await accounts.listPeople();
    if (!owner) throw new Error('no owner');
    const invite = await accounts.createInvite({ role: 'editor', by: owner.id });
    const token = invite.path.split('/').at(-1) ?? '';
    expect(await accounts.openAccessLink('invite', token)).toEqual({ kind: 'invite', role: 'editor' });
    const editor = await accounts.acceptInvite(token, { name: 'Eddie Editor', email: 'eddie@example.com', password: 'editor password' });
    expect(editor.role).toBe('editor');
    await expect(
      accounts.acceptInvite(token, { name: 'Again', email: 'again@example.com', password: 'again password' }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });

    const session = await accounts.signIn({ email: 'eddie@example.com', password: 'editor password' });
    const reset = await accounts.createPasswordReset({ userId: editor.id, by: owner.id });
    const resetToken = reset.path.split('/').at(-1) ?? '';
    await accounts.resetPassword(resetToken, 'a brand new password');
    expect(await accounts.sessionPerson(cookieFor(session?.cookieValue ?? ''))).toBeNull();
    expect(await accounts.signIn({ email: 'eddie@example.com', password: 'editor password' })).toBeNull();
    expect(await accounts.signIn({ email: 'eddie@example.com', password: 'a brand new password' })).not.toBeNull();
    await expect(accounts.resetPassword(resetToken, 'yet another password')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('knows a person by an API token until it is revoked or the person is removed', async () => {
    const [owner, editor] = await accounts.listPeople();
    if (!owner || !editor) throw new Error('people missing');
    const made = await accounts.createApiToken({ userId: editor.id, name: 'deploy script' });
    expect(made.token.startsWith('pst_')).toBe(true);
    expect((await accounts.apiTokenPerson(made.token))?.id).toBe(editor.id);
    const [listed] = await accounts.listApiTokens(editor.id);
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(listed)).not.toContain(made.token);

    await accounts.updatePerson({ id: editor.id, disabled: true, by: owner.id });
    expect(await accounts.apiTokenPerson(made.token)).toBeNull();
    expect(await accounts.signIn({ email: 'eddie@example.com', password: 'a brand new password' })).toBeNull();
    await expect(accounts.updatePerson({ id: owner.id, role: 'writer', by: owner.id })).rejects.toMatchObject({ code: 'invalid_state' });
  });
});
