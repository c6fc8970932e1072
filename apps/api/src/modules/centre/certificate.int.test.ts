import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgUnit, createTestApp, createUser, managerOf, signIn, type TestContext } from '../../../test/harness.js';
import { readPdf } from '../needs/report.test-pdf.js';
import { recordCompletion } from './attendance.completion.js';
import { deliveredSession } from './attendance.test-factories.js';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ env: { PUBLIC_URL: 'https://formasaun.example.org' } });
});
afterAll(() => ctx.close());

/** A delivered session whose first participant completed; the certificate's id and code. */
async function certified() {
  const m = await managerOf(ctx);
  const d = await deliveredSession(ctx, m.adm.id, m.adm.rootUnitId, { participants: 2 });
  const entries = d.session.days.map((day) => ({ officerId: d.officers[0]!.id, day, status: 'present' }));
  expect((await d.trainerSession.request('PUT', `/api/v1/sessions/${d.session.id}/attendance`, { entries })).statusCode).toBe(200);
  await ctx.database.transaction({ administrationId: m.adm.id }, (tx) => recordCompletion(tx, m.adm.id, d.session.id, '2026-11-29'));
  const [cert] = await ctx.database.raw.query<{ id: string; code: string }>(`select id, code from certificates where session_id = $1`, [d.session.id]);
  return { ...m, d, cert: cert! };
}

describe('certificates', () => {
  it('renders the certificate with the code and QR for the officer, their supervisor and the manager only', async () => {
    const { adm, session: manager, d, cert } = await certified();
    const res = await manager.request('GET', `/api/v1/certificates/${cert.id}.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 4).toString()).toBe('%PDF');
    const pdf = readPdf(res.rawPayload);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain(cert.code);
    expect(pdf.text).toContain('Certificate of completion');
    expect(pdf.text.replace(/\n/g, '')).toContain(`https://formasaun.example.org/verify/${cert.code}`);
    const pt = readPdf((await manager.request('GET', `/api/v1/certificates/${cert.id}.pdf?lang=pt`)).rawPayload);
    expect(pt.text).toContain('Certificado de conclusão');

    const self = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: d.officers[0]!.id }));
    expect((await self.request('GET', `/api/v1/certificates/${cert.id}.pdf`)).statusCode).toBe(200);
    expect((await self.request('GET', '/api/v1/me/certificates')).json().items.map((c: { id: string }) => c.id)).toEqual([cert.id]);
    const other = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: d.officers[1]!.id }));
    expect((await other.request('GET', `/api/v1/certificates/${cert.id}.pdf`)).statusCode).toBe(404);
    const supervisor = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: adm.rootUnitId }] }));
    expect((await supervisor.request('GET', `/api/v1/certificates/${cert.id}.pdf`)).statusCode).toBe(200);
    const elsewhere = await createOrgUnit(ctx.database, adm.id, adm.rootUnitId);
    const farSupervisor = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'supervisor', orgUnitId: elsewhere }] }));
    expect((await farSupervisor.request('GET', `/api/v1/certificates/${cert.id}.pdf`)).statusCode).toBe(404);
    expect((await farSupervisor.request('GET', `/api/v1/officers/${d.officers[0]!.id}/training`)).statusCode).toBe(404);
  });

  it('verifies publicly with the minimum, the same 404 for unknown and malformed codes, and revoked after revocation', async () => {
    const { session: manager, cert } = await certified();
    const ok = await ctx.app.inject({ method: 'GET', url: `/api/v1/verify/${cert.code.toLowerCase()}` });
    expect(ok.statusCode).toBe(200);
    expect(Object.keys(ok.json()).sort()).toEqual(['course', 'date', 'name', 'valid']);
    expect(ok.json()).toMatchObject({ valid: true, name: expect.stringContaining('Maria'), date: '2026-11-29' });
    const unknown = await ctx.app.inject({ method: 'GET', url: '/api/v1/verify/ABCD-EFGH-JKMN-PQRS' });
    const malformed = await ctx.app.inject({ method: 'GET', url: '/api/v1/verify/not-a-code!' });
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toBe(unknown.body);
    const long = await ctx.app.inject({ method: 'GET', url: `/api/v1/verify/${'A'.repeat(90)}` });
    expect([long.statusCode, long.body]).toEqual([404, unknown.body]);

    expect((await manager.request('POST', `/api/v1/certificates/${cert.id}/revoke`, { reason: 'Issued in error\r\nBcc: x' })).statusCode).toBe(400);
    const revoked = await manager.request('POST', `/api/v1/certificates/${cert.id}/revoke`, { reason: 'Issued in error' });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ revokedReason: 'Issued in error', revokedAt: expect.any(String) });
    expect((await manager.request('POST', `/api/v1/certificates/${cert.id}/revoke`, { reason: 'Again' })).statusCode).toBe(409);
    const after = await ctx.app.inject({ method: 'GET', url: `/api/v1/verify/${cert.code}` });
    expect(after.json()).toEqual({ valid: false, status: 'revoked' });
  });

  it('lists the training record and the personal views', async () => {
    const { adm, session: manager, d, cert } = await certified();
    const training = (await manager.request('GET', `/api/v1/officers/${d.officers[0]!.id}/training`)).json();
    expect(training.sessions).toEqual([expect.objectContaining({ sessionId: d.session.id, enrolmentStatus: 'enrolled', completed: true })]);
    expect(training.certificates.map((c: { id: string }) => c.id)).toEqual([cert.id]);
    expect(training.evidence.map((e: { competencyCode: string }) => e.competencyCode).sort()).toEqual(['risk-profiling', 'valuation-basics']);

    const self = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }], officerId: d.officers[0]!.id }));
    const mine = (await self.request('GET', '/api/v1/me/learning')).json();
    expect(mine.history.map((s: { sessionId: string }) => s.sessionId)).toEqual([d.session.id]);
    expect(mine.upcoming).toEqual([]);
    expect(mine.certificates).toHaveLength(1);
    const sessions = (await d.trainerSession.request('GET', '/api/v1/me/sessions')).json();
    expect(sessions.past.map((s: { sessionId: string }) => s.sessionId)).toEqual([d.session.id]);
  });

  it('takes a PNG or JPEG logo of at most 256 KB and prints it', async () => {
    const { session: manager, cert } = await certified();
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
    const put = (body: Buffer) => manager.request('PUT', '/api/v1/centre/logo', body, { 'content-type': 'application/octet-stream' });
    expect((await put(Buffer.from('GIF89a-not-allowed'))).statusCode).toBe(400);
    expect((await put(Buffer.concat([png, Buffer.alloc(300 * 1024)]))).statusCode).toBe(400);
    const ok = await put(png);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ hasLogo: true, contentType: 'image/png', bytes: png.length });
    const pdf = await manager.request('GET', `/api/v1/certificates/${cert.id}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.toString('latin1')).toContain('/Subtype /Image');
    expect((await manager.request('DELETE', '/api/v1/centre/logo')).statusCode).toBe(204);
  });
});

describe('verification rate limit', () => {
  it('answers 429 after the limit per address', async () => {
    const limited = await createTestApp({ env: { VERIFY_PER_MINUTE: '3' } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await limited.app.inject({ method: 'GET', url: '/api/v1/verify/ABCD-EFGH-JKMN-PQRS' })).statusCode);
      expect(codes).toEqual([404, 404, 404, 429]);
    } finally {
      await limited.close();
    }
  });
});
