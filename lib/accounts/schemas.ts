import { z } from 'zod';
import { ROLES } from './roles';

// Client-safe: the account forms' inputs, checked the same in the browser's API calls and on the server.
export const MIN_PASSWORD = 10;

const email = z.string().trim().toLowerCase().email('Type an email address, like ana@example.com.').max(254);
const name = z.string().trim().min(1, 'Type a name, as the team should see it.').max(100, 'Keep the name under 100 characters.');
const password = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters for the password.`)
  .max(200, 'Keep the password under 200 characters.');

export const NewAccountInput = z.object({ name, email, password }).strict();
export type NewAccountValues = z.infer<typeof NewAccountInput>;

export const AccountLoginInput = z
  .object({
    email,
    password: z.string().min(1, 'Type the password.').max(1_000, 'That is longer than any password this app accepts.'),
    next: z.string().max(2_000).optional(),
  })
  .strict();

export const ChangePasswordInput = z.object({ currentPassword: z.string().min(1).max(1_000), newPassword: password }).strict();

export const SetPasswordInput = z.object({ password }).strict();

export const RoleInput = z.enum(ROLES);
export const InviteInput = z.object({ role: RoleInput }).strict();
export const UpdatePersonInput = z.object({ role: RoleInput.optional(), disabled: z.boolean().optional() }).strict();
export const NewApiTokenInput = z
  .object({ name: z.string().trim().min(1, 'Name the token after the script that uses it.').max(100) })
  .strict();
