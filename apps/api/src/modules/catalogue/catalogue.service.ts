import { randomUUID } from 'node:crypto';
import { courseIssues, type TCatalogueInstalled, type TCourse, type TCourseCreate, type TCourseListQuery, type TCourseUpdate } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Tx } from '../../platform/db.js';
import { conflict, invalid, notFound } from '../../platform/errors.js';
import { type CourseIssue, checkCourse } from './catalogue.checks.js';
import { byAreaThenCode, type CourseData, type CourseRecord, matchesFilter } from './catalogue.domain.js';
import { presentContext, presentCourse } from './catalogue.presenter.js';
import type { RefsLoader } from './catalogue.refs.js';
import type { CatalogueRepository } from './catalogue.repository.js';
import { installDefaultCatalogue } from './catalogue-install.js';

type Deps = { database: Database; courses: CatalogueRepository; refs: RefsLoader; clock: Clock };

const details = (issues: { path: (string | number)[]; message: string }[]) => issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message }));
const refused = (issues: CourseIssue[]) => invalid(issues.length === 1 ? issues[0]!.message : `the course has ${issues.length} problems`, details(issues));
const codes = (list: CourseRecord[]) => list.map((c) => c.code).join(', ');

/** The written fields of a stored course, without id and timestamps. */
export function dataOf(record: CourseRecord): CourseData {
  const { id: _id, createdAt: _c, updatedAt: _u, ...data } = record;
  return data;
}

/** Catalogue rules no single record can see: an active course only requires active courses. */
export function statusIssues(data: CourseData, all: readonly CourseRecord[]): CourseIssue[] {
  if (data.status !== 'active') return [];
  const byId = new Map(all.map((c) => [c.id, c]));
  return data.prerequisiteIds.flatMap((id, i) => {
    const p = byId.get(id);
    return p?.status === 'archived'
      ? [{ path: ['prerequisiteIds', i], code: 'archived_prerequisite', message: `"${p.code}" is archived; an active course cannot require it` }]
      : [];
  });
}

export function makeCatalogueService({ database, courses, refs, clock }: Deps) {
  const adm = (actor: Actor) => actor.administrationId;

  async function present(tx: Tx, administrationId: string, id: string): Promise<TCourse> {
    const all = await courses.findAll(tx, administrationId);
    const found = all.find((c) => c.id === id);
    if (!found) throw notFound('course');
    return presentCourse(found, presentContext(all, await refs.load(tx, administrationId)));
  }

  /** Checks the course against the stored catalogue and writes it; NOT_FOUND for references outside the administration. */
  async function write(tx: Tx, administrationId: string, id: string, data: CourseData, isNew: boolean): Promise<TCourse> {
    await courses.lock(tx, administrationId);
    const all = await courses.findAll(tx, administrationId);
    const check = checkCourse(data, id, { refs: await refs.load(tx, administrationId), courses: all });
    if (check.missing) throw notFound(check.missing);
    const issues = [...check.issues, ...statusIssues(data, all)];
    if (issues.length) throw refused(issues);
    if (isNew) await courses.insert(tx, administrationId, [{ id, data }]);
    else await courses.update(tx, administrationId, [{ id, data }], clock.now().toISOString());
    return present(tx, administrationId, id);
  }

  async function load(tx: Tx, actor: Actor, id: string) {
    const found = await courses.find(tx, adm(actor), id);
    if (!found) throw notFound('course');
    return found;
  }

  return {
    /** Sorted by functional area (framework order), then code. */
    async findCourses(actor: Actor, query: TCourseListQuery): Promise<{ items: TCourse[] }> {
      requirePermission(actor, 'CatalogueRead');
      return database.transaction(tenantOf(actor), async (tx) => {
        const all = await courses.findAll(tx, adm(actor));
        const ctx = presentContext(all, await refs.load(tx, adm(actor)));
        return { items: all.filter((c) => matchesFilter(c, query)).sort(byAreaThenCode).map((c) => presentCourse(c, ctx)) };
      });
    },

    async getCourse(actor: Actor, id: string): Promise<TCourse> {
      requirePermission(actor, 'CatalogueRead');
      return database.transaction(tenantOf(actor), (tx) => present(tx, adm(actor), id));
    },

    async createCourse(actor: Actor, input: TCourseCreate): Promise<TCourse> {
      requirePermission(actor, 'CatalogueWrite');
      return database.transaction(tenantOf(actor), (tx) => write(tx, adm(actor), randomUUID(), input, true));
    },

    /** Fields left out stay as they are; the merged course passes the same rules as a new one. */
    async updateCourse(actor: Actor, id: string, patch: TCourseUpdate): Promise<TCourse> {
      requirePermission(actor, 'CatalogueWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const merged: CourseData = { ...dataOf(await load(tx, actor, id)), ...patch };
        const issues = courseIssues(merged);
        if (issues.length) throw refused(issues.map((i) => ({ ...i, code: 'invalid' })));
        return write(tx, adm(actor), id, merged, false);
      });
    },

    /** Archived courses stay in the catalogue but are not planned; active courses that require one keep it active. */
    async archiveCourse(actor: Actor, id: string): Promise<TCourse> {
      requirePermission(actor, 'CatalogueWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await courses.lock(tx, adm(actor));
        await load(tx, actor, id);
        const dependants = (await courses.findAll(tx, adm(actor))).filter((c) => c.status === 'active' && c.prerequisiteIds.includes(id));
        if (dependants.length) throw conflict(`active courses require this course: ${codes(dependants)}; change or archive them first`);
        await courses.setStatus(tx, adm(actor), id, 'archived', clock.now().toISOString());
        return present(tx, adm(actor), id);
      });
    },

    async restoreCourse(actor: Actor, id: string): Promise<TCourse> {
      requirePermission(actor, 'CatalogueWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await courses.lock(tx, adm(actor));
        const course = await load(tx, actor, id);
        const all = await courses.findAll(tx, adm(actor));
        const archived = all.filter((c) => c.status === 'archived' && course.prerequisiteIds.includes(c.id));
        if (archived.length) throw conflict(`its prerequisites are archived: ${codes(archived)}; restore them first`);
        await courses.setStatus(tx, adm(actor), id, 'active', clock.now().toISOString());
        return present(tx, adm(actor), id);
      });
    },

    /** Only a course nothing refers to: other courses' prerequisites here, plans through their foreign keys. */
    async deleteCourse(actor: Actor, id: string): Promise<void> {
      requirePermission(actor, 'CatalogueWrite');
      await database.transaction(tenantOf(actor), async (tx) => {
        await courses.lock(tx, adm(actor));
        await load(tx, actor, id);
        const dependants = (await courses.findAll(tx, adm(actor))).filter((c) => c.prerequisiteIds.includes(id));
        if (dependants.length) throw conflict(`other courses require this course: ${codes(dependants)}; archive it instead`);
        await courses.delete(tx, adm(actor), id);
      });
    },

    /** For a new administration: the default customs catalogue, tied to the competencies its framework has. */
    async installDefault(actor: Actor): Promise<TCatalogueInstalled> {
      requirePermission(actor, 'CatalogueWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        await courses.lock(tx, adm(actor));
        if ((await courses.count(tx, adm(actor))) > 0) throw conflict('the catalogue already has courses; the default catalogue goes into an empty one');
        const competencies = await refs.competencies(tx, adm(actor));
        if (!competencies) throw conflict('the administration has no competency framework yet; create it first');
        return installDefaultCatalogue(tx, adm(actor), { knownCodes: new Set(competencies.keys()) });
      });
    },
  };
}
export type CatalogueService = ReturnType<typeof makeCatalogueService>;
