import type { TAdministration } from '@formasaun/shared';
import type { administrations } from '../../db/schema.js';

export const presentAdministration = (a: typeof administrations.$inferSelect): TAdministration => ({
  id: a.id,
  slug: a.slug,
  name: a.name,
  countryCode: a.countryCode,
  defaultLocale: a.defaultLocale,
  currency: a.currency,
  timezone: a.timezone,
});
