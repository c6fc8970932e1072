import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createUser, managerOf, type Session, signIn, type TestContext } from '../../../test/harness.js';
import { createCourse, createSession } from './centre.test-factories.js';

let ctx: TestContext;
let s: Session;
let adm: Awaited<ReturnType<typeof managerOf>>['adm'];

beforeAll(async () => {
  ctx = await createTestApp();
  ({ adm, session: s } = await managerOf(ctx));
});
afterAll(() => ctx.close());

const paths = (res: { json(): { error: { details: { path: string }[] } } }) => res.json().error.details.map((d) => d.path);

describe('venues and rooms', () => {
  it('creates a venue at a location with rooms, equipment and closures, and lists them', async () => {
    const venue = await s.request('POST', '/api/v1/venues', { name: 'Customs Training Centre Dili', locationId: adm.locationId, address: 'Rua de Caicoli', notes: 'Gate B' });
    expect(venue.statusCode).toBe(201);
    expect(venue.json()).toMatchObject({ name: 'Customs Training Centre Dili', locationName: 'Headquarters', active: true, rooms: [] });
    const venueId = venue.json().id as string;
    const room = await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'Room A', capacity: 24, equipment: ['projector', 'computers'] });
    expect(room.statusCode).toBe(201);
    expect(room.json()).toMatchObject({ venueId, capacity: 24, equipment: ['projector', 'computers'], active: true, sessionCount: 0, closures: [] });
    const roomId = room.json().id as string;
    const closure = await s.request('POST', `/api/v1/rooms/${roomId}/closures`, { fromDay: '2026-12-01', toDay: '2026-12-05', reason: 'Painting' });
    expect(closure.statusCode).toBe(201);
    // Closures that ended before today are not listed.
    await s.request('POST', `/api/v1/rooms/${roomId}/closures`, { fromDay: '2017-01-01', toDay: '2017-01-02' });
    const patched = await s.request('PATCH', `/api/v1/rooms/${roomId}`, { capacity: 30, equipment: ['simulation-kit'] });
    expect(patched.json()).toMatchObject({ capacity: 30, equipment: ['simulation-kit'], name: 'Room A' });

    const list = (await s.request('GET', '/api/v1/venues')).json().items;
    const found = list.find((v: { id: string }) => v.id === venueId);
    expect(found.rooms).toHaveLength(1);
    expect(found.rooms[0].closures).toEqual([{ id: closure.json().id, roomId, fromDay: '2026-12-01', toDay: '2026-12-05', reason: 'Painting' }]);
    expect((await s.request('DELETE', `/api/v1/room-closures/${closure.json().id}`)).statusCode).toBe(204);
    expect((await s.request('GET', `/api/v1/venues/${venueId}`)).json().rooms[0].closures).toEqual([]);

    const renamed = await s.request('PATCH', `/api/v1/venues/${venueId}`, { name: 'CTC Dili', active: false });
    expect(renamed.json()).toMatchObject({ name: 'CTC Dili', active: false, address: 'Rua de Caicoli' });
  });

  it('refuses bad input naming the field', async () => {
    const venueId = (await s.request('POST', '/api/v1/venues', { name: 'Baucau annex' })).json().id as string;
    expect(paths(await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'Zero', capacity: 0 }))).toEqual(['body.capacity']);
    expect(paths(await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'Laser', capacity: 5, equipment: ['laser'] }))).toEqual(['body.equipment.0']);
    expect(paths(await s.request('POST', '/api/v1/venues', { name: 'Line\r\nbreak' }))).toEqual(['body.name']);
    const roomId = (await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'B1', capacity: 10 })).json().id as string;
    expect(paths(await s.request('POST', `/api/v1/rooms/${roomId}/closures`, { fromDay: '2026-12-05', toDay: '2026-12-01' }))).toEqual(['body.toDay']);
    expect((await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'b1', capacity: 10 })).statusCode).toBe(409);
    expect((await s.request('POST', '/api/v1/venues', { name: 'BAUCAU ANNEX' })).statusCode).toBe(409);
    const other = await managerOf(ctx);
    expect((await s.request('POST', '/api/v1/venues', { name: 'Foreign place', locationId: other.adm.locationId })).statusCode).toBe(404);
  });

  it('refuses to delete a room a session uses (409, archive instead), deletes an unused one', async () => {
    const venueId = (await s.request('POST', '/api/v1/venues', { name: 'Suai border post hall' })).json().id as string;
    const used = (await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'Hall', capacity: 20 })).json().id as string;
    const unused = (await s.request('POST', `/api/v1/venues/${venueId}/rooms`, { name: 'Office', capacity: 4 })).json().id as string;
    const course = await createCourse(ctx.database, adm.id);
    await createSession(ctx.database, adm.id, { courseId: course.id, startDay: '2027-01-11', roomId: used });
    const refused = await s.request('DELETE', `/api/v1/rooms/${used}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/archive/);
    expect((await s.request('DELETE', `/api/v1/venues/${venueId}`)).statusCode).toBe(409);
    expect((await s.request('PATCH', `/api/v1/rooms/${used}`, { active: false })).json()).toMatchObject({ active: false, sessionCount: 1 });
    expect((await s.request('DELETE', `/api/v1/rooms/${unused}`)).statusCode).toBe(204);
    expect((await s.request('DELETE', `/api/v1/rooms/${unused}`)).statusCode).toBe(404);
  });
});

describe('public holidays', () => {
  it('adds a year in bulk, renames a day given again, lists by year and deletes', async () => {
    const added = await s.request('POST', '/api/v1/public-holidays', {
      holidays: [
        { day: '2017-01-01', name: 'New Year' },
        { day: '2017-05-20', name: 'Restoration of Independence' },
        { day: '2017-11-28', name: 'Proclamation of Independence' },
      ],
    });
    expect(added.statusCode).toBe(200);
    expect(added.json().items).toHaveLength(3);
    await s.request('POST', '/api/v1/public-holidays', { holidays: [{ day: '2017-01-01', name: 'Dia de Ano Novo' }, { day: '2018-01-01', name: 'New Year' }] });
    const y2017 = (await s.request('GET', '/api/v1/public-holidays?year=2017')).json().items;
    expect(y2017).toEqual([
      { day: '2017-01-01', name: 'Dia de Ano Novo' },
      { day: '2017-05-20', name: 'Restoration of Independence' },
      { day: '2017-11-28', name: 'Proclamation of Independence' },
    ]);
    expect((await s.request('DELETE', '/api/v1/public-holidays?day=2017-05-20')).statusCode).toBe(204);
    expect((await s.request('DELETE', '/api/v1/public-holidays?day=2017-05-20')).statusCode).toBe(404);
    expect((await s.request('GET', '/api/v1/public-holidays?year=2017')).json().items).toHaveLength(2);
    expect(paths(await s.request('POST', '/api/v1/public-holidays', { holidays: [{ day: '2017-02-30', name: 'x' }] }))).toEqual(['body.holidays.0.day']);
  });

  it('lets any staff role read, only the training manager write', async () => {
    const officer = await signIn(ctx.app, await createUser(ctx.database, { administrationId: adm.id, roles: [{ role: 'officer' }] }));
    expect((await officer.request('GET', '/api/v1/venues')).statusCode).toBe(200);
    expect((await officer.request('GET', '/api/v1/public-holidays?year=2017')).statusCode).toBe(200);
    expect((await officer.request('POST', '/api/v1/venues', { name: 'Mine' })).statusCode).toBe(403);
    expect((await officer.request('POST', '/api/v1/public-holidays', { holidays: [{ day: '2017-03-03', name: 'x' }] })).statusCode).toBe(403);
  });
});
