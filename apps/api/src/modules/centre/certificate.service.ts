import type { TCentreLogo, TCertificate, TLocale, TVerifyResult } from '@formasaun/shared';
import { type Actor, requirePermission, tenantOf } from '../../platform/actor.js';
import { invalid, notFound, conflict } from '../../platform/errors.js';
import { renderPdf } from '../../platform/pdf.js';
import { recordableSession } from './attendance-access.js';
import type { CentreFile } from './attendance-sheet.service.js';
import { makeAttendanceRepository } from './attendance.repository.js';
import { normaliseCertificateCode } from './certificate-code.js';
import { buildCertificateContent, certificateHeading } from './certificate.document.js';
import { makeCertificateRepository } from './certificate.repository.js';
import type { CentreDeps } from './index.js';
import { makeLearningService, visibleOfficer } from './learning.service.js';

export const MAX_LOGO_BYTES = 256 * 1024;

/** PNG or JPEG by their first bytes; anything else is refused whatever it is called. */
export function imageTypeOf(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The one answer for a code that is malformed or unknown: the same, so codes cannot be probed. */
export const unknownCertificate = () => notFound('certificate');

/** Certificates (PDF, revocation, public verification), the administration's logo, and the personal views. */
export function makeCertificateService(deps: CentreDeps) {
  const { database, clock, env } = deps;
  const repo = makeCertificateRepository();
  const sessions = makeAttendanceRepository();

  return {
    verifyPerMinute: env.verifyPerMinute,
    maxUploadBytes: env.maxUploadBytes,

    async sessionCertificates(actor: Actor, sessionId: string): Promise<TCertificate[]> {
      return database.transaction(tenantOf(actor), async (tx) => {
        await recordableSession(tx, sessions, actor, sessionId);
        return repo.ofSession(tx, actor.administrationId, sessionId);
      });
    },

    /** The certificate as the officer, their supervisor or the manager downloads it, in the recipient's language by default. */
    async certificatePdf(actor: Actor, id: string, lang: TLocale | undefined): Promise<CentreFile> {
      const d = await database.transaction(tenantOf(actor), async (tx) => {
        const cert = await repo.detail(tx, actor.administrationId, id);
        if (!cert) throw notFound('certificate');
        await visibleOfficer(tx, actor, cert.officerId);
        return {
          cert,
          raises: await repo.raises(tx, actor.administrationId, cert.courseId),
          hours: await repo.hours(tx, actor.administrationId, cert.sessionId),
          lead: await repo.leadTrainer(tx, actor.administrationId, cert.sessionId),
          logo: await repo.logo(tx, actor.administrationId),
        };
      });
      const { cert } = d;
      const l: TLocale = lang ?? (cert.recipientLocale === 'pt' || (!cert.recipientLocale && cert.defaultLocale === 'pt') ? 'pt' : 'en');
      const body = await renderPdf({
        title: `${certificateHeading(l)} ${cert.code}`,
        administrationName: cert.administrationName,
        lang: l,
        pageOrientation: 'landscape',
        plainFirstPage: true,
        content: buildCertificateContent({
          lang: l,
          administrationName: cert.administrationName,
          logo: d.logo,
          officerName: cert.officerName,
          courseTitle: cert.courseTitle[l],
          startDay: cert.startDay,
          endDay: cert.endDay,
          hours: d.hours,
          competencies: d.raises.map((r) => (l === 'pt' ? r.namePt : r.nameEn) ?? r.code),
          leadTrainer: d.lead,
          issuedOn: cert.issuedOn,
          code: cert.code,
          verifyUrl: `${env.publicUrl}/verify/${cert.code}`,
          revoked: cert.revokedAt !== null,
        }),
      });
      return { fileName: `certificate-${cert.code}.pdf`, contentType: 'application/pdf', body };
    },

    async revoke(actor: Actor, id: string, reason: string): Promise<TCertificate> {
      requirePermission(actor, 'CentreWrite');
      return database.transaction(tenantOf(actor), async (tx) => {
        const cert = await repo.find(tx, actor.administrationId, id);
        if (!cert) throw notFound('certificate');
        if (cert.revokedAt) throw conflict(`the certificate was already revoked on ${cert.revokedAt.slice(0, 10)}`);
        await repo.revoke(tx, actor.administrationId, id, reason, clock.now());
        return (await repo.find(tx, actor.administrationId, id))!;
      });
    },

    /** The public check: the minimum for a valid code, "revoked" for a real revoked one, the same 404 otherwise. */
    async verify(typed: string): Promise<TVerifyResult> {
      const code = normaliseCertificateCode(typed);
      if (!code) throw unknownCertificate();
      const found = await database.transaction('all', (tx) => repo.byCode(tx, code));
      if (!found) throw unknownCertificate();
      if (found.revoked) return { valid: false, status: 'revoked' };
      return { valid: true, name: found.name, course: found.language === 'pt' ? found.titlePt : found.titleEn, date: found.issuedOn };
    },

    async getLogo(actor: Actor): Promise<TCentreLogo> {
      requirePermission(actor, 'CentreRead');
      const logo = await database.transaction(tenantOf(actor), (tx) => repo.logo(tx, actor.administrationId));
      return { hasLogo: logo !== undefined, contentType: logo?.contentType ?? null, bytes: logo?.image.length ?? 0 };
    },

    async setLogo(actor: Actor, bytes: unknown): Promise<TCentreLogo> {
      requirePermission(actor, 'CentreWrite');
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) throw invalid('send the image itself as application/octet-stream', [{ path: 'body', message: 'an image is required' }]);
      if (bytes.length > MAX_LOGO_BYTES) throw invalid('the logo is larger than 256 KB', [{ path: 'body', message: 'at most 256 KB' }]);
      const type = imageTypeOf(bytes);
      if (!type) throw invalid('the logo must be a PNG or JPEG image', [{ path: 'body', message: 'a PNG or JPEG image' }]);
      await database.transaction(tenantOf(actor), (tx) => repo.setLogo(tx, actor.administrationId, type, bytes));
      return { hasLogo: true, contentType: type, bytes: bytes.length };
    },

    async deleteLogo(actor: Actor): Promise<void> {
      requirePermission(actor, 'CentreWrite');
      await database.transaction(tenantOf(actor), (tx) => repo.deleteLogo(tx, actor.administrationId));
    },

    ...makeLearningService(deps),
  };
}
export type CertificateService = ReturnType<typeof makeCertificateService>;
