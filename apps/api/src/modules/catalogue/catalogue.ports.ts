import type { Tx } from '../../platform/db.js';

/** A competency as the catalogue needs it: its stable code and names. */
export interface CatalogueCompetency {
  code: string;
  nameEn: string;
  namePt: string;
  areaCode: string;
}

/**
 * What the catalogue asks of the competency context (its `lookups`, passed in by app.ts): the catalogue never reads
 * competency tables for names or codes itself.
 */
export interface CatalogueCompetencyLookups {
  competencies(tx: Tx, administrationId: string, versionId: string): Promise<CatalogueCompetency[]>;
}
