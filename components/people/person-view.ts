import type { Role } from '@/lib/accounts/roles';

/** A person as the People page shows them (dates as ISO text, the same on server and browser). */
export type PersonView = { id: string; name: string; email: string; role: Role; disabled: boolean };

export type IssuedLinkView = { url: string; expiresAt: string };
