import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGenerationHarness, topicInput } from './generation/harness';
import { composePost } from './generation/post-text';

// An install that ran behind APP_PASSWORD moves to accounts: the owner is made, the password stops working, and every
// draft written before is still there and editable by the team's editors.
const PASSWORD = 'the old shared password';
let harness: Awaited<ReturnType<typeof startGenerationHarness>>;
let accounts: typeof import('@/lib/accounts');
let auth: typeof import('@/lib/auth');

beforeAll(async () => {
  harness = await startGenerationHarness({ APP_PASSWORD: PASSWORD });
  accounts = await import('@/lib/accounts');
  auth = await import('@/lib/auth');
});
afterAll(async () => harness?.close());

const bearer = (secret: string) => new Headers({ authorization: `Bearer ${secret}` });

describe('moving from APP_PASSWORD to accounts', () => {
  it('keeps every draft, and hands the install from the shared password to people', async () => {
    harness.fake.script('Before accounts', [{ kind: 'stream', text: composePost('Before accounts') }]);
    const written = await harness.generation.generationSettled({
      id: (await harness.write({ kind: 'new', input: topicInput('Before accounts') })).id,
    });
    expect(written.createdById).toBeNull();
    expect(await auth.principalFrom(bearer(PASSWORD))).toEqual({ kind: 'installation' });
    expect(await auth.principalFrom(new Headers())).toBeNull();

    const owner = await accounts.createOwner({ name: 'Olga Owner', email: 'olga@example.com', password: 'owner password 1' });
    expect(await auth.principalFrom(bearer(PASSWORD))).toBeNull();

    const token = await accounts.createApiToken({ userId: owner.id, name: 'script' });
    const principal = await auth.principalFrom(bearer(token.token));
    expect(principal).toMatchObject({ kind: 'person', person: { id: owner.id, role: 'admin' } });
    if (!principal) throw new Error('no principal');

    const kept = await harness.drafts.getDraft({ id: written.id });
    expect(kept).toMatchObject({ title: written.title, content: written.content, version: written.version });
    await harness.drafts.authorizeDraftChange(principal, written.id);
    const edited = await harness.drafts.updateDraft({ id: written.id, input: { version: kept.version, status: 'approved' }, by: owner.id });
    expect(edited).toMatchObject({ status: 'approved', approvedById: owner.id });
  });
});
