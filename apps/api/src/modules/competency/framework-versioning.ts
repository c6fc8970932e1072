import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import type { FrameworkRepository, VersionRow } from './framework.repository.js';

export interface WritableVersion {
  /** The version that takes the write: the requested one, or its new copy when the requested one is in use. */
  versionId: string;
  isNewVersion: boolean;
  /** Competency id in the requested version → id in the written version (identity when edited in place). */
  competencyIds: Map<string, string>;
}

/**
 * A version named by a campaign is frozen: results point at its competencies. Writes then go to a copy
 * (next version number of the same framework, role profiles included), so nothing a campaign used is orphaned.
 */
export async function writableVersion(tx: Tx, frameworks: FrameworkRepository, administrationId: string, versionId: string): Promise<WritableVersion> {
  const version = await frameworks.findVersion(tx, administrationId, versionId);
  if (!version) throw notFound('framework version');
  const before = await frameworks.findCompetencies(tx, administrationId, versionId);
  if (!version.isInUse) {
    return { versionId, isNewVersion: false, competencyIds: new Map(before.map(({ competency: c }) => [c.id, c.id])) };
  }
  const copy = await copyOf(tx, frameworks, administrationId, version);
  const after = new Map((await frameworks.findCompetencies(tx, administrationId, copy)).map(({ competency: c }) => [c.code, c.id]));
  return {
    versionId: copy,
    isNewVersion: true,
    competencyIds: new Map(before.map(({ competency: c }) => [c.id, after.get(c.code)!])),
  };
}

async function copyOf(tx: Tx, frameworks: FrameworkRepository, administrationId: string, version: VersionRow): Promise<string> {
  const number = await frameworks.nextVersionNumber(tx, administrationId, version.frameworkId);
  const created = await frameworks.insertVersion(tx, { administrationId, frameworkId: version.frameworkId, version: number });
  await frameworks.copyVersionContent(tx, administrationId, version.id, created.id);
  return created.id;
}
