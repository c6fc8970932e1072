import { expect } from 'vitest';
import { recordCompletion } from '../../src/modules/centre/attendance.completion.js';
import { deliveredSession } from '../../src/modules/centre/attendance.test-factories.js';
import type { TenantCaseBuilder } from './types.js';

/**
 * Attendance, results, sign-in sheets, certificates and training records. The public verification takes a code,
 * not an id: a real code of any administration is valid there by design, so the walk only makes sure the route
 * answers 404 to something that is no code.
 */
export const centreAttendanceCases: TenantCaseBuilder = async (ctx, mine, theirs) => {
  const their = await deliveredSession(ctx, theirs.adm.id, theirs.adm.rootUnitId, { participants: 2 });
  const [a, b] = their.officers.map((o) => o.id) as [string, string];
  const entries = their.session.days.map((day) => ({ officerId: a, day, status: 'present' }));
  expect((await theirs.session.request('PUT', `/api/v1/sessions/${their.session.id}/attendance`, { entries })).statusCode).toBe(200);
  expect((await theirs.session.request('GET', `/api/v1/sessions/${their.session.id}/sign-in-sheet.xlsx`)).statusCode).toBe(200);
  await ctx.database.transaction({ administrationId: theirs.adm.id }, (tx) => recordCompletion(tx, theirs.adm.id, their.session.id, '2026-11-29'));
  const [cert] = await ctx.database.raw.query<{ id: string }>(`select id from certificates where session_id = $1`, [their.session.id]);
  const sid = their.session.id;

  const ours = await deliveredSession(ctx, mine.adm.id, mine.adm.rootUnitId, { participants: 1 });
  return {
    routes: {
      '/api/v1/sessions/{id}/attendance': [
        { method: 'GET', id: sid },
        { method: 'PUT', id: sid, body: { entries: [{ officerId: b, day: their.session.days[0], status: 'absent' }] } },
      ],
      '/api/v1/sessions/{id}/results': [
        { method: 'GET', id: sid },
        { method: 'PUT', id: sid, body: { entries: [{ officerId: b, score: 10 }] } },
      ],
      '/api/v1/sessions/{id}/sign-in-sheet.pdf': [{ method: 'GET', id: sid }],
      '/api/v1/sessions/{id}/sign-in-sheet.xlsx': [{ method: 'GET', id: sid }],
      '/api/v1/sessions/{id}/sign-in-sheet': [{ method: 'POST', id: sid }],
      '/api/v1/sessions/{id}/certificates': [{ method: 'GET', id: sid }],
      '/api/v1/certificates/{id}.pdf': [{ method: 'GET', id: cert!.id }],
      '/api/v1/certificates/{id}/revoke': [{ method: 'POST', id: cert!.id, body: { reason: 'Taken over' } }],
      '/api/v1/officers/{id}/training': [{ method: 'GET', id: a }],
      '/api/v1/verify/{code}': [{ method: 'GET', id: 'unused' }],
    },
    bodies: [
      { method: 'PUT', url: `/api/v1/sessions/${ours.session.id}/attendance`, body: { entries: [{ officerId: a, day: ours.session.days[0], status: 'present' }] } },
      { method: 'PUT', url: `/api/v1/sessions/${ours.session.id}/results`, body: { entries: [{ officerId: a, score: 50 }] } },
    ],
    lists: [
      { url: '/api/v1/me/learning', foreignIds: [sid, cert!.id] },
      { url: '/api/v1/me/certificates', foreignIds: [cert!.id] },
      { url: '/api/v1/me/sessions', foreignIds: [sid] },
      { url: `/api/v1/sessions/${ours.session.id}/certificates`, foreignIds: [cert!.id] },
    ],
    unchanged: async (s) => {
      const grid = (await s.request('GET', `/api/v1/sessions/${sid}/attendance`)).json();
      expect(grid.participants.find((p: { officerId: string }) => p.officerId === b).marks).toEqual({});
      const certificates = (await s.request('GET', `/api/v1/sessions/${sid}/certificates`)).json().items;
      expect(certificates).toEqual([expect.objectContaining({ id: cert!.id, revokedAt: null })]);
    },
  };
};
