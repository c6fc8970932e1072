import type { TCertificate } from '@formasaun/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/** What the certificate PDF prints. */
export interface CertificateDetail extends TCertificate {
  startDay: string | null;
  endDay: string | null;
  courseId: string;
  orgUnitId: string;
  administrationName: string;
  defaultLocale: string;
  /** The recipient's language when they have an account. */
  recipientLocale: string | null;
}

const utc = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

/** Certificates joined with their session, course and officer; `where` narrows them. */
const certificateSelect = (where: SQL) => sql`
  select c.id, c.code, c.session_id as "sessionId", s.code as "sessionCode", json_build_object('en', co.title_en, 'pt', co.title_pt) as "courseTitle",
         c.officer_id as "officerId", o.given_names || ' ' || o.family_name as "officerName", c.issued_on::text as "issuedOn",
         ${utc('c.revoked_at')} as "revokedAt", c.revoked_reason as "revokedReason"
  from certificates c
  join course_sessions s on s.administration_id = c.administration_id and s.id = c.session_id
  join courses co on co.administration_id = s.administration_id and co.id = s.course_id
  join officers o on o.administration_id = c.administration_id and o.id = c.officer_id
  where ${where}
  order by c.issued_on desc, s.code, o.family_name, o.given_names`;

/** Certificates, their public look-up by code and the administration's logo. */
export function makeCertificateRepository() {
  return {
    ofSession: (tx: Tx, administrationId: string, sessionId: string) =>
      rows<TCertificate>(tx, certificateSelect(sql`c.administration_id = ${administrationId} and c.session_id = ${sessionId}`)),
    ofOfficer: (tx: Tx, administrationId: string, officerId: string) =>
      rows<TCertificate>(tx, certificateSelect(sql`c.administration_id = ${administrationId} and c.officer_id = ${officerId}`)),
    find: async (tx: Tx, administrationId: string, id: string) =>
      (await rows<TCertificate>(tx, certificateSelect(sql`c.administration_id = ${administrationId} and c.id = ${id}`)))[0],

    detail: async (tx: Tx, administrationId: string, id: string) =>
      (
        await rows<CertificateDetail>(
          tx,
          sql`select c.id, c.code, c.session_id as "sessionId", s.code as "sessionCode", json_build_object('en', co.title_en, 'pt', co.title_pt) as "courseTitle",
                     c.officer_id as "officerId", o.given_names || ' ' || o.family_name as "officerName", c.issued_on::text as "issuedOn",
                     ${utc('c.revoked_at')} as "revokedAt", c.revoked_reason as "revokedReason",
                     s.start_day::text as "startDay", s.end_day::text as "endDay", s.course_id as "courseId", o.org_unit_id as "orgUnitId",
                     a.name as "administrationName", a.default_locale as "defaultLocale",
                     (select u.locale from users u where u.administration_id = c.administration_id and u.officer_id = c.officer_id limit 1) as "recipientLocale"
              from certificates c
              join course_sessions s on s.administration_id = c.administration_id and s.id = c.session_id
              join courses co on co.administration_id = s.administration_id and co.id = s.course_id
              join officers o on o.administration_id = c.administration_id and o.id = c.officer_id
              join administrations a on a.id = c.administration_id
              where c.administration_id = ${administrationId} and c.id = ${id}`,
        )
      )[0],

    /** The course's raises with the competency names of the newest framework version that has the code. */
    raises: (tx: Tx, administrationId: string, courseId: string) =>
      rows<{ code: string; levels: number; toLevel: number | null; nameEn: string | null; namePt: string | null }>(
        tx,
        sql`select cc.competency_code as code, cc.levels::float8 as levels, cc.to_level as "toLevel", n.name_en as "nameEn", n.name_pt as "namePt"
            from course_competencies cc
            left join lateral (
              select k.name_en, k.name_pt from competencies k
              join framework_versions fv on fv.administration_id = k.administration_id and fv.id = k.framework_version_id
              where k.administration_id = cc.administration_id and k.code = cc.competency_code
              order by fv.created_at desc, fv.version desc limit 1) n on true
            where cc.administration_id = ${administrationId} and cc.course_id = ${courseId}
            order by cc.sort, cc.competency_code`,
      ),

    hours: async (tx: Tx, administrationId: string, sessionId: string) =>
      (
        await rows<{ hours: number | null }>(
          tx,
          sql`select sum(extract(epoch from (ends_at - starts_at)))::float8 / 3600 as hours from session_days
              where administration_id = ${administrationId} and session_id = ${sessionId}`,
        )
      )[0]?.hours ?? 0,

    leadTrainer: async (tx: Tx, administrationId: string, sessionId: string) =>
      (
        await rows<{ name: string }>(
          tx,
          sql`select coalesce(o.given_names || ' ' || o.family_name, t.name) as name
              from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
              left join officers o on o.administration_id = t.administration_id and o.id = t.officer_id
              where st.administration_id = ${administrationId} and st.session_id = ${sessionId}
              order by st.role desc limit 1`,
        )
      )[0]?.name ?? null,

    revoke: (tx: Tx, administrationId: string, id: string, reason: string, at: Date) =>
      tx.execute(
        sql`update certificates set revoked_at = ${at.toISOString()}::timestamptz, revoked_reason = ${reason}
            where administration_id = ${administrationId} and id = ${id} and revoked_at is null`,
      ),

    /** The public look-up: across administrations (the caller opens the 'all' scope). */
    byCode: async (tx: Tx, code: string) =>
      (
        await rows<{ name: string; titleEn: string; titlePt: string; language: string; issuedOn: string; revoked: boolean }>(
          tx,
          sql`select o.given_names || ' ' || o.family_name as name, co.title_en as "titleEn", co.title_pt as "titlePt", s.language,
                     c.issued_on::text as "issuedOn", c.revoked_at is not null as revoked
              from certificates c
              join course_sessions s on s.administration_id = c.administration_id and s.id = c.session_id
              join courses co on co.administration_id = s.administration_id and co.id = s.course_id
              join officers o on o.administration_id = c.administration_id and o.id = c.officer_id
              where c.code = ${code}`,
        )
      )[0],

    logo: async (tx: Tx, administrationId: string) => {
      const [row] = await rows<{ contentType: string; image: Uint8Array }>(
        tx,
        sql`select content_type as "contentType", image from centre_logos where administration_id = ${administrationId}`,
      );
      return row ? { contentType: row.contentType, image: Buffer.from(row.image) } : undefined;
    },
    setLogo: (tx: Tx, administrationId: string, contentType: string, image: Buffer) =>
      tx.execute(
        sql`insert into centre_logos (administration_id, content_type, image) values (${administrationId}, ${contentType}, ${image})
            on conflict (administration_id) do update set content_type = excluded.content_type, image = excluded.image, updated_at = now()`,
      ),
    deleteLogo: (tx: Tx, administrationId: string) => tx.execute(sql`delete from centre_logos where administration_id = ${administrationId}`),
  };
}
export type CertificateRepository = ReturnType<typeof makeCertificateRepository>;
