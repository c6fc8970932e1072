// Helpers of the needs-results benchmark: the repository's SQL as text, the widened copy campaign, counts, timing.
import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { FastifyInstance } from 'fastify';
import type { Database, Tx } from '../apps/api/src/platform/db.js';
import { median } from './support.js';

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** The statement a repository function runs, compiled to text and parameters exactly as drizzle sends them. */
export async function captureSql(fn: (tx: Tx) => Promise<unknown>): Promise<{ sql: string; params: unknown[] }> {
  let captured: SQL | undefined;
  const fake = { execute: async (q: SQL) => ((captured = q), { rows: [] }) } as unknown as Tx;
  await fn(fake);
  if (!captured) throw new Error('the repository function ran no statement');
  return new PgDialect().sqlToQuery(captured);
}

/** Median of `runs` timed calls after `warmup` untimed ones. */
export async function medianMs(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A request through the real app (routing, auth, zod, services, presenters) that must answer 2xx. */
export async function call(app: FastifyInstance, s: Session, method: 'GET' | 'POST', url: string, payload?: object) {
  const res = await app.inject({ method, url, headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken }, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body.slice(0, 500)}`);
  return res;
}

export async function countsOf(database: Database, adm: string, campaignId: string) {
  const [row] = await database.raw.query<{ forms: number; ratings: number; results: number; assessed: number; competencies: number; officers: number }>(
    `select (select count(*)::int from assessment_forms where administration_id = $1 and campaign_id = $2) as forms,
       (select count(*)::int from assessment_ratings r join assessment_forms f on f.administration_id = r.administration_id and f.id = r.form_id
          where f.administration_id = $1 and f.campaign_id = $2) as ratings,
       (select count(*)::int from assessment_results where administration_id = $1 and campaign_id = $2) as results,
       (select count(*)::int from assessment_results where administration_id = $1 and campaign_id = $2 and assessed_level is not null) as assessed,
       (select count(distinct competency_id)::int from assessment_results where administration_id = $1 and campaign_id = $2) as competencies,
       (select count(distinct officer_id)::int from assessment_results where administration_id = $1 and campaign_id = $2) as officers`,
    [adm, campaignId],
  );
  return row!;
}

/**
 * Every position requires every competency of the version (the 10,000 × 60): the missing role-profile cells
 * are added with levels derived from a hash, so the run is repeatable.
 */
export async function widenRoleProfiles(database: Database, adm: string, versionId: string): Promise<number> {
  const added = await database.raw.query<{ n: number }>(
    `with ins as (
       insert into role_profiles (administration_id, framework_version_id, position_id, competency_id, required_level, criticality)
       select $1, $2, p.id, c.id, 2 + abs(hashtext(p.id::text || c.id::text)) % 3, 1 + abs(hashtext(c.id::text || p.id::text)) % 5
       from positions p join competencies c on c.administration_id = p.administration_id and c.framework_version_id = $2
       where p.administration_id = $1
         and not exists (select 1 from role_profiles rp where rp.administration_id = $1 and rp.framework_version_id = $2
                         and rp.position_id = p.id and rp.competency_id = c.id)
       returning 1)
     select count(*)::int as n from ins`,
    [adm, versionId],
  );
  return added[0]?.n ?? 0;
}

/**
 * Fills the forms of an opened copy of the demo's closed campaign: each form takes its original's status and ratings,
 * and every competency the original did not rate gets a level derived from a hash (submitted forms only).
 */
export async function fillCopy(database: Database, adm: string, versionId: string, originalId: string, copyId: string) {
  await database.raw.query(
    `insert into assessment_ratings (administration_id, form_id, competency_id, level)
     select nf.administration_id, nf.id, c.id, coalesce(r.level, abs(hashtext(nf.officer_id::text || c.id::text || nf.kind)) % 5)
     from assessment_forms nf
     join assessment_forms old on old.administration_id = nf.administration_id and old.campaign_id = $2 and old.officer_id = nf.officer_id and old.kind = nf.kind
     join competencies c on c.administration_id = nf.administration_id and c.framework_version_id = $4
     left join assessment_ratings r on r.administration_id = old.administration_id and r.form_id = old.id and r.competency_id = c.id
     where nf.administration_id = $1 and nf.campaign_id = $3 and old.status = 'submitted'`,
    [adm, originalId, copyId, versionId],
  );
  await database.raw.query(
    `update assessment_forms nf set status = old.status, submitted_at = old.submitted_at
     from assessment_forms old
     where nf.administration_id = $1 and nf.campaign_id = $3 and old.administration_id = $1 and old.campaign_id = $2
       and old.officer_id = nf.officer_id and old.kind = nf.kind`,
    [adm, originalId, copyId],
  );
}
