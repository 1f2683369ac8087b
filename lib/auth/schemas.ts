import { z } from 'zod';

export const LoginInput = z.object({
  password: z.string().min(1, 'Type the password.').max(1_000, 'That is longer than any password this app accepts.'),
  next: z.string().max(2_000).optional(),
});

export type LoginValues = z.infer<typeof LoginInput>;

/** `{}` ends this session; `{"everywhere": true}` ends every session, on every device. */
export const LogoutInput = z.object({ everywhere: z.boolean().default(false) }).strict();

export type LogoutValues = z.infer<typeof LogoutInput>;
