import type { TFramework, TFrameworkCreate, TFrameworkEdit, TFrameworkEditResult, TFrameworkVersionDetail } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Database, Tx } from '../../platform/db.js';
import { invalid, notFound } from '../../platform/errors.js';
import { presentFramework, presentVersionDetail } from './competency.presenter.js';
import { installDefaultFramework } from './framework-install.js';
import type { FrameworkRepository } from './framework.repository.js';
import { writableVersion } from './framework-versioning.js';

export function makeFrameworkService(deps: { database: Database; frameworks: FrameworkRepository }) {
  const { database, frameworks } = deps;

  async function detail(tx: Tx, administrationId: string, versionId: string): Promise<TFrameworkVersionDetail> {
    const version = await frameworks.findVersion(tx, administrationId, versionId);
    if (!version) throw notFound('framework version');
    return presentVersionDetail(
      version,
      await frameworks.findScale(tx, administrationId, versionId),
      await frameworks.findAreas(tx, administrationId, versionId),
      await frameworks.findCompetencies(tx, administrationId, versionId),
    );
  }

  async function applyEdit(tx: Tx, administrationId: string, versionId: string, edit: TFrameworkEdit): Promise<void> {
    switch (edit.kind) {
      case 'upsertArea': {
        const existing = (await frameworks.findAreas(tx, administrationId, versionId)).find((a) => a.code === edit.code);
        const fields = { competencyGroup: edit.group, nameEn: edit.nameEn, namePt: edit.namePt, ...(edit.sort === undefined ? {} : { sort: edit.sort }) };
        if (existing) await frameworks.updateArea(tx, administrationId, existing.id, fields);
        else await frameworks.insertArea(tx, { administrationId, frameworkVersionId: versionId, code: edit.code, sort: edit.sort ?? 1000, ...fields });
        return;
      }
      case 'upsertCompetency': {
        const area = (await frameworks.findAreas(tx, administrationId, versionId)).find((a) => a.code === edit.areaCode);
        if (!area) throw invalid('no area with this code in the framework version', [{ path: 'body.areaCode', message: 'unknown area' }]);
        const all = await frameworks.findCompetencies(tx, administrationId, versionId);
        const existing = all.find(({ competency: c }) => c.code === edit.code)?.competency;
        const fields = {
          areaId: area.id,
          nameEn: edit.nameEn,
          namePt: edit.namePt,
          descriptionEn: edit.descriptionEn,
          descriptionPt: edit.descriptionPt,
          indicators: edit.indicators,
        };
        if (existing) {
          await frameworks.updateCompetency(tx, administrationId, existing.id, { ...fields, ...(edit.sort === undefined ? {} : { sort: edit.sort }) });
        } else {
          const sort = edit.sort ?? Math.max(0, ...all.map(({ competency: c }) => c.sort)) + 10;
          await frameworks.insertCompetencies(tx, [{ administrationId, frameworkVersionId: versionId, code: edit.code, sort, ...fields }]);
        }
        return;
      }
      case 'removeCompetency': {
        const found = (await frameworks.findCompetencies(tx, administrationId, versionId)).find(({ competency: c }) => c.code === edit.code);
        if (!found) throw notFound('competency');
        await frameworks.deleteCompetency(tx, administrationId, found.competency.id);
        return;
      }
      case 'renameScaleLevel':
        if (!(await frameworks.renameScaleLevel(tx, administrationId, versionId, edit.level, { nameEn: edit.nameEn, namePt: edit.namePt }))) {
          throw notFound('scale level');
        }
        return;
    }
  }

  return {
    async findFrameworks(actor: Actor): Promise<TFramework[]> {
      requirePermission(actor, 'FrameworkRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const versions = await frameworks.findVersions(tx, actor.administrationId);
        return (await frameworks.findFrameworks(tx, actor.administrationId)).map((f) => presentFramework(f, versions));
      });
    },

    async getFrameworkVersion(actor: Actor, versionId: string): Promise<TFrameworkVersionDetail> {
      requirePermission(actor, 'FrameworkRead');
      return database.transaction(tenantOf(actor), (tx) => detail(tx, actor.administrationId, versionId));
    },

    /** An administration's own copy of the default framework, as version 1. */
    async createFramework(actor: Actor, input: TFrameworkCreate): Promise<TFramework> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const { frameworkId } = await installDefaultFramework(tx, actor.administrationId, input);
        const versions = await frameworks.findVersions(tx, actor.administrationId);
        const framework = (await frameworks.findFrameworks(tx, actor.administrationId)).find((f) => f.id === frameworkId)!;
        return presentFramework(framework, versions);
      });
    },

    /** Edits in place, or in a new version when the edited one is in use by a campaign. */
    async editFrameworkVersion(actor: Actor, versionId: string, edit: TFrameworkEdit): Promise<TFrameworkEditResult> {
      requirePermission(actor, 'FrameworkWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const target = await writableVersion(tx, frameworks, actor.administrationId, versionId);
        await applyEdit(tx, actor.administrationId, target.versionId, edit);
        return { ...(await detail(tx, actor.administrationId, target.versionId)), isNewVersion: target.isNewVersion, editedVersionId: versionId };
      });
    },
  };
}
export type FrameworkService = ReturnType<typeof makeFrameworkService>;
