import { z } from 'zod';

export const MAX_CATEGORY_LENGTH = 60;

/**
 * A category name as a person adds or removes one. Commas and double quotes are refused: the model is offered the list
 * as quoted, comma-separated names and answers in that form, so such a name could never come back whole.
 */
export const CategoryNameInput = z
  .object({
    name: z
      .string()
      .transform((name) => name.trim().replace(/\s+/g, ' '))
      .pipe(
        z
          .string()
          .min(1, 'Type a category name.')
          .max(MAX_CATEGORY_LENGTH, `A category name holds up to ${MAX_CATEGORY_LENGTH} characters.`)
          .regex(/^[^,"]+$/, 'A category name cannot contain a comma or a double quote.'),
      ),
  })
  .strict();
export type CategoryNameInput = z.infer<typeof CategoryNameInput>;
