import { beforeEach, describe, expect, it } from 'vitest';
import { parseAppOrigins } from '@/lib/auth/host-check';
import { serverEnv } from '@/lib/env';

beforeEach(() => {
  for (const name of ['APP_ORIGIN', 'TRUSTED_PROXIES']) Reflect.deleteProperty(process.env, name);
});

describe('APP_ORIGIN and TRUSTED_PROXIES', () => {
  it('fail at start with a message naming the variable and the entry', () => {
    process.env.APP_ORIGIN = 'https://blog.example, blog.example/drafts';
    expect(() => serverEnv()).toThrow(
      'Invalid environment: APP_ORIGIN: "blog.example/drafts" is not an origin such as https://blog.example (scheme and host, no path). Fix the variable(s) and restart.',
    );
    Reflect.deleteProperty(process.env, 'APP_ORIGIN');
    process.env.TRUSTED_PROXIES = '10.0.0.1, proxy.internal';
    expect(() => serverEnv()).toThrow('TRUSTED_PROXIES: "proxy.internal" is not an IP address or CIDR range such as 10.0.0.0/8');
  });

  it('read origins with their host names, and nothing by default', () => {
    expect(parseAppOrigins(undefined)).toEqual({ value: { origins: new Set(), hostnames: new Set() } });
    expect(parseAppOrigins('https://Blog.Example/, http://studio.lan:3000')).toEqual({
      value: { origins: new Set(['https://blog.example', 'http://studio.lan:3000']), hostnames: new Set(['blog.example', 'studio.lan']) },
    });
    expect(parseAppOrigins('https://blog.example/drafts')).toHaveProperty('problem');
    expect(parseAppOrigins('ftp://blog.example')).toHaveProperty('problem');
  });
});
