import { afterEach, describe, expect, it, vi } from 'vitest';

// The key comes from the environment, read once per module load: each case loads lib/publish afresh.
async function secretBoxWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const name of ['SECRET_KEY', 'SESSION_SECRET', 'APP_PASSWORD']) vi.stubEnv(name, env[name] ?? '');
  return import('@/lib/publish/secret-box');
}
afterEach(() => vi.unstubAllEnvs());

describe('publishing secrets at rest', () => {
  it('seals with AES-256-GCM so the text is not readable, and opens again with the same key', async () => {
    const box = await secretBoxWith({ SECRET_KEY: 's'.repeat(40) });
    const sealed = await box.sealSecret('abcd efgh ijkl mnop');
    expect(sealed).not.toContain('abcd');
    expect(sealed).not.toBe(await box.sealSecret('abcd efgh ijkl mnop'));
    expect(await box.openSecret(sealed)).toBe('abcd efgh ijkl mnop');
  });

  it('refuses to open with another key, or a tampered secret, and says to add the connection again', async () => {
    const sealed = await (await secretBoxWith({ SECRET_KEY: 's'.repeat(40) })).sealSecret('password');
    const other = await secretBoxWith({ SECRET_KEY: 't'.repeat(40) });
    await expect(other.openSecret(sealed)).rejects.toMatchObject({
      code: 'connection_failed',
      message: expect.stringMatching(/add it again/),
    });
    const same = await secretBoxWith({ SECRET_KEY: 's'.repeat(40) });
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}`;
    await expect(same.openSecret(`${tampered}`)).rejects.toMatchObject({ code: 'connection_failed' });
  });

  it('derives the key from SESSION_SECRET or APP_PASSWORD when SECRET_KEY is unset, and asks for one without any', async () => {
    const fromSession = await secretBoxWith({ SESSION_SECRET: 'x'.repeat(40) });
    expect(await fromSession.openSecret(await fromSession.sealSecret('p'))).toBe('p');
    const none = await secretBoxWith({});
    expect(none.canStoreSecrets()).toBe(false);
    await expect(none.sealSecret('p')).rejects.toMatchObject({
      code: 'publishing_unavailable',
      message: expect.stringMatching(/SECRET_KEY/),
    });
  });
});
