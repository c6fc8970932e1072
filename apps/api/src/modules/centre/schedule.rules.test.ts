import { describe, expect, it } from 'vitest';
import { proposeQuarter } from './schedule-propose.js';
import { addDays, isWeekend, periodOf, quarterBounds, workingDays } from './schedule.dates.js';
import { type Candidate, type CourseFacts, findConflicts, type RoomFacts, type TrainerFacts, type World } from './schedule.rules.js';
import { nextCode, splitGroups } from './session-split.js';

const course: CourseFacts = { id: 'c1', code: 'VAL-101', days: 3, capacity: 20, trainersPerRun: 1, trainerCompetencyCode: 'valuation', equipment: [] };
const room = (id: string, capacity: number, extra: Partial<RoomFacts> = {}): RoomFacts => ({ id, name: `Room ${id}`, venueName: 'HQ', capacity, equipment: ['projector'], active: true, closures: [], ...extra });
const trainer = (id: string, status: TrainerFacts['qualifications'][number]['status'] = 'lead', extra: Partial<TrainerFacts> = {}): TrainerFacts => ({
  id,
  name: `Trainer ${id}`,
  kind: 'internal',
  active: true,
  daysPerQuarter: 20,
  qualifications: [{ courseId: 'c1', competencyCode: null, status }],
  leave: [],
  ...extra,
});
const world = (extra: Partial<World> = {}): World => ({
  holidays: new Map([['2017-05-20', 'Restoration of Independence']]),
  bookings: [],
  trainers: new Map([['t1', trainer('t1')], ['t2', trainer('t2', 'co_trainer')]]),
  rooms: new Map([['r1', room('r1', 24)], ['r2', room('r2', 10)]]),
  officerUnits: new Map(),
  units: new Map(),
  officerNames: new Map([['o1', 'Maria Soares']]),
  ...extra,
});
const slot = (day: string) => ({ day, startsAt: '08:30', endsAt: '16:30' });
const candidate = (extra: Partial<Candidate> = {}): Candidate => ({
  sessionId: null,
  course,
  days: ['2017-05-08', '2017-05-09', '2017-05-10'].map(slot),
  roomId: 'r1',
  trainers: [{ trainerId: 't1', role: 'lead' }],
  capacity: 20,
  officerIds: [],
  ...extra,
});
const codes = (w: World, c: Candidate) => findConflicts(c, w).map((x) => `${x.severity}:${x.code}`);

describe('conflict rules', () => {
  it('finds nothing wrong with a clean session', () => {
    expect(findConflicts(candidate(), world())).toEqual([]);
  });

  it('refuses weekends and public holidays, naming the day', () => {
    const found = findConflicts(candidate({ days: ['2017-05-19', '2017-05-20', '2017-05-22'].map(slot) }), world());
    expect(found.map((c) => c.code)).toEqual(['weekend', 'public_holiday']);
    expect(found[1]!.message).toBe('2017-05-20 is a public holiday (Restoration of Independence)');
    expect(found[1]!.params).toEqual({ day: '2017-05-20', holiday: 'Restoration of Independence' });
  });

  it('finds double-booked trainers, rooms and officers on overlapping hours only', () => {
    const w = world({ bookings: [{ sessionId: 's2', code: 'ORI-2017-01', days: [slot('2017-05-10')], roomId: 'r1', trainerIds: ['t1'], officerIds: ['o1'] }] });
    const c = candidate({ officerIds: ['o1'] });
    expect(codes(w, c)).toEqual(['error:room_double_booked', 'error:trainer_double_booked', 'error:officer_double_booked']);
    expect(findConflicts(c, w).find((x) => x.code === 'officer_double_booked')!.message).toBe('Maria Soares is also enrolled in session ORI-2017-01 on 2017-05-10');
    const afternoon = world({ bookings: [{ sessionId: 's2', code: 'X', days: [{ day: '2017-05-10', startsAt: '13:00', endsAt: '16:00' }], roomId: 'r1', trainerIds: ['t1'], officerIds: [] }] });
    expect(codes(afternoon, candidate({ days: [{ day: '2017-05-10', startsAt: '08:30', endsAt: '12:30' }] }))).toEqual([]);
  });

  it('the session itself is not a conflict with its own booking', () => {
    const w = world({ bookings: [{ sessionId: 's1', code: 'S1', days: [slot('2017-05-08')], roomId: 'r1', trainerIds: ['t1'], officerIds: [] }] });
    expect(codes(w, candidate({ sessionId: 's1' }))).toEqual([]);
  });

  it('finds a room too small, closed or without the equipment', () => {
    const w = world({ rooms: new Map([['r1', room('r1', 12, { closures: [{ from: '2017-05-09', to: '2017-05-09' }] })]]) });
    expect(codes(w, candidate({ course: { ...course, equipment: ['simulation-kit'] } }))).toEqual(['error:room_too_small', 'error:room_closed', 'warning:room_missing_equipment']);
  });

  it('checks the path step per role and accepts a competency qualification', () => {
    expect(codes(world(), candidate({ trainers: [{ trainerId: 't2', role: 'lead' }] }))).toEqual(['error:trainer_not_qualified']);
    expect(codes(world(), candidate({ trainers: [{ trainerId: 't1', role: 'lead' }, { trainerId: 't2', role: 'co' }] }))).toEqual([]);
    const byCompetency = trainer('t3', 'master', { qualifications: [{ courseId: null, competencyCode: 'valuation', status: 'master' }] });
    expect(codes(world({ trainers: new Map([['t3', byCompetency]]) }), candidate({ trainers: [{ trainerId: 't3', role: 'lead' }] }))).toEqual([]);
    const trained = trainer('t4', 'trained');
    expect(codes(world({ trainers: new Map([['t4', trained]]) }), candidate({ trainers: [{ trainerId: 't4', role: 'co' }] }))).toEqual(['error:trainer_not_qualified']);
  });

  it('finds leave, and warns when a trainer goes over the days of the quarter', () => {
    const w = world({
      trainers: new Map([['t1', trainer('t1', 'lead', { daysPerQuarter: 4, leave: [{ from: '2017-05-10', to: '2017-05-12' }] })]]),
      bookings: [{ sessionId: 's9', code: 'S9', days: [slot('2017-04-03'), slot('2017-04-04')], roomId: 'r2', trainerIds: ['t1'], officerIds: [] }],
    });
    const found = findConflicts(candidate(), w);
    expect(found.map((c) => `${c.severity}:${c.code}`)).toEqual(['error:trainer_on_leave', 'warning:trainer_over_days']);
    expect(found[1]!.params).toMatchObject({ period: '2017Q2', days: 5, available: 4 });
  });

  it('warns when a unit releases more officers at once than its share allows', () => {
    const w = world({
      officerUnits: new Map([['o1', 'u1'], ['o2', 'u1'], ['o3', 'u1']]),
      units: new Map([['u1', { name: 'Dili Port', headcount: 20, share: 0.1 }]]),
      bookings: [{ sessionId: 's2', code: 'S2', days: [slot('2017-05-09')], roomId: 'r2', trainerIds: [], officerIds: ['o3'] }],
    });
    expect(codes(w, candidate({ officerIds: ['o1'] }))).toEqual([]);
    const found = findConflicts(candidate({ officerIds: ['o1', 'o2'] }), w);
    expect(found).toEqual([
      { code: 'release_limit', severity: 'warning', message: 'Dili Port would release 3 officers on 2017-05-09, above its limit of 2', params: { unit: 'Dili Port', day: '2017-05-09', away: 3, limit: 2 } },
    ]);
  });
});

describe('dates', () => {
  it('knows quarters, weekends and working days', () => {
    expect(quarterBounds('2017Q1')).toEqual({ from: '2017-01-01', to: '2017-03-31' });
    expect(quarterBounds('2016Q1').to).toBe('2016-03-31');
    expect(quarterBounds('2017Q4')).toEqual({ from: '2017-10-01', to: '2017-12-31' });
    expect(periodOf('2017-07-01')).toBe('2017Q3');
    expect(isWeekend('2017-05-20')).toBe(true);
    expect(addDays('2017-02-28', 1)).toBe('2017-03-01');
    expect(workingDays('2017-05-15', '2017-05-21', new Map([['2017-05-16', 'x']]))).toEqual(['2017-05-15', '2017-05-17', '2017-05-18', '2017-05-19']);
  });
});

describe('date proposal', () => {
  const run = (id: string, extra: Partial<CourseFacts> = {}) => ({ sessionId: id, code: id, course: { ...course, ...extra }, capacity: 20, officerIds: [] });

  it('places runs on consecutive working days, skipping weekends and holidays, without conflicts', () => {
    const w = world({ trainers: new Map([['t1', trainer('t1')], ['t5', trainer('t5')]]) });
    const runs = [run('a'), run('b'), run('c', { days: 2.5 })];
    const result = proposeQuarter('2017Q2', runs, w);
    expect(result.unplaced).toEqual([]);
    expect(result.proposals).toHaveLength(3);
    const bookings: World['bookings'] = [];
    for (const p of result.proposals) {
      const days = p.days.map((d) => d.day);
      expect(days).toEqual(workingDays(days[0]!, days.at(-1)!, w.holidays));
      expect(days.every((d) => d >= '2017-04-01' && d <= '2017-06-30' && !isWeekend(d) && d !== '2017-05-20')).toBe(true);
      const r = runs.find((x) => x.sessionId === p.sessionId)!;
      expect(days).toHaveLength(Math.ceil(r.course.days));
      expect(p.roomId).toBe('r1');
      expect(findConflicts({ sessionId: p.sessionId, course: r.course, days: p.days, roomId: p.roomId, trainers: p.trainers, capacity: 20, officerIds: [] }, { ...w, bookings }).filter((c) => c.severity === 'error')).toEqual([]);
      bookings.push({ sessionId: p.sessionId, code: p.sessionId, days: p.days, roomId: p.roomId, trainerIds: p.trainers.map((t) => t.trainerId), officerIds: [] });
    }
    // Spread over the quarter rather than packed into its first weeks.
    const starts = result.proposals.map((p) => p.days[0]!.day).sort();
    expect(starts.at(-1)! > '2017-05-01').toBe(true);
  });

  it('prefers internal trainers, adds co-trainers, and explains what it cannot place', () => {
    const external = trainer('x1', 'master', { kind: 'external', name: 'A expert' });
    const w = world({ trainers: new Map([['x1', external], ['t1', trainer('t1')], ['t2', trainer('t2', 'co_trainer')]]) });
    const result = proposeQuarter('2017Q2', [run('a', { trainersPerRun: 2 }), run('big'), run('other', { id: 'c9', code: 'ORI-1' })], w);
    const a = result.proposals.find((p) => p.sessionId === 'a')!;
    expect(a.trainers[0]).toEqual({ trainerId: 't1', role: 'lead' });
    expect(a.trainers).toHaveLength(2);
    const other = result.unplaced.find((u) => u.sessionId === 'other')!;
    expect(other.reasons).toEqual([{ code: 'no_lead', message: 'no active trainer is qualified as lead trainer for ORI-1', params: { course: 'ORI-1' } }]);
    const tooBig = proposeQuarter('2017Q2', [{ ...run('huge'), capacity: 40 }], w);
    expect(tooBig.unplaced[0]!.reasons[0]!.code).toBe('no_room');
  });

  it('reports busy resources when the quarter is full', () => {
    const w = world({ trainers: new Map([['t1', trainer('t1', 'lead', { daysPerQuarter: 6 })]]) });
    const result = proposeQuarter('2017Q2', [run('a'), run('b'), run('c')], w);
    expect(result.proposals).toHaveLength(2);
    expect(result.unplaced[0]!.reasons[0]!.code).toBe('leads_busy');
  });
});

describe('bulk creation helpers', () => {
  it('splits target groups across runs, totals differing by one at most', () => {
    const parts = splitGroups({ 'u1|p1': 7, 'u2|p1': 5, 'u3|p2': 1 }, 3);
    expect(parts.map((p) => Object.values(p).reduce((a, b) => a + b, 0))).toEqual([5, 4, 4]);
    for (const key of ['u1|p1', 'u2|p1', 'u3|p2']) expect(parts.reduce((n, p) => n + (p[key] ?? 0), 0)).toBe({ 'u1|p1': 7, 'u2|p1': 5, 'u3|p2': 1 }[key]);
    expect(splitGroups({}, 2)).toEqual([{}, {}]);
  });

  it('numbers codes after the highest taken', () => {
    expect(nextCode('VAL-101', 2017, [])).toBe('VAL-101-2017-01');
    expect(nextCode('VAL-101', 2017, ['VAL-101-2017-01', 'VAL-101-2017-07', 'VAL-101-2018-09'])).toBe('VAL-101-2017-08');
  });
});
