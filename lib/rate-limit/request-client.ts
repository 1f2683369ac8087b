import 'server-only';
import { serverEnv } from '@/lib/env';
import { clientId } from './client-id';

/** Who is asking, as the limits count callers: the request's address, stepping over TRUSTED_PROXIES. */
export function requestClient(requestHeaders: Headers): string {
  return clientId(requestHeaders, serverEnv().TRUSTED_PROXIES);
}
