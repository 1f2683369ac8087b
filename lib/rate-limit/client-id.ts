/** The caller's address as the first proxy saw it; every caller without one shares the 'local' allowance. */
export function clientId(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || requestHeaders.get('x-real-ip')?.trim() || 'local';
}
