import type { Tx } from '../../platform/db.js';
import { DEFAULT_AREAS, DEFAULT_FRAMEWORK_NAME, SCALES, type ScaleChoice } from './default-framework/index.js';
import { makeFrameworkRepository } from './framework.repository.js';

const frameworks = makeFrameworkRepository();

/**
 * Writes the default customs framework as version 1 of a new framework of the administration.
 * Takes an open transaction so the demo generator and the API share it.
 */
export async function installDefaultFramework(
  tx: Tx,
  administrationId: string,
  opts: { name?: string; description?: string | null; scale?: ScaleChoice } = {},
): Promise<{ frameworkId: string; versionId: string }> {
  const framework = await frameworks.insertFramework(tx, {
    administrationId,
    name: opts.name ?? DEFAULT_FRAMEWORK_NAME,
    description: opts.description ?? null,
  });
  const version = await frameworks.insertVersion(tx, { administrationId, frameworkId: framework.id, version: 1 });
  await frameworks.insertScale(
    tx,
    SCALES[opts.scale ?? 'default'].map((l) => ({ administrationId, frameworkVersionId: version.id, ...l })),
  );
  let sort = 0;
  for (const [i, a] of DEFAULT_AREAS.entries()) {
    const area = await frameworks.insertArea(tx, {
      administrationId,
      frameworkVersionId: version.id,
      competencyGroup: a.group,
      code: a.code,
      nameEn: a.nameEn,
      namePt: a.namePt,
      sort: (i + 1) * 10,
    });
    await frameworks.insertCompetencies(
      tx,
      a.competencies.map((c) => ({ administrationId, frameworkVersionId: version.id, areaId: area.id, ...c, sort: (sort += 10) })),
    );
  }
  return { frameworkId: framework.id, versionId: version.id };
}
