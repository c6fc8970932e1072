import { z } from 'zod';

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId });
export const ZLocale = z.enum(['en', 'pt']);
export type TLocale = z.infer<typeof ZLocale>;
export const LOCALES = ZLocale.options;

/** Calendar date as YYYY-MM-DD. */
export const ZDate = z.iso.date();

export const ZOk = z.object({ ok: z.literal(true) });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  });
}

/** Trimmed, non-empty text of bounded length. */
export const text = (max = 200) => z.string().trim().min(1).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
