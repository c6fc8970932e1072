import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.js';
import { freshDatabase, one } from './demo.test-support.js';
import { generateDemo } from './index.js';

/** The seed's own cycle replayed later: the 2017–2019 plan, its 2017 sessions delivered and 2018's scheduled. */
describe('demo training centre', () => {
  let db: Database;
  let administrationId: string;
  const lines: string[] = [];

  beforeAll(async () => {
    db = await freshDatabase();
    const result = await generateDemo(db, {
      administration: 'timor-leste', officers: 150, passwordHash: 'x', today: new Date('2017-01-16T00:00:00Z'), asOf: new Date('2026-11-29T00:00:00Z'),
      planSeconds: 3, log: (l) => lines.push(l),
    });
    administrationId = result.administrationId;
  }, 240_000);

  const count = async (q: string) => (await one<{ n: number }>(db, q.replace('$adm', `'${administrationId}'`))).n;

  it('delivers the first year and schedules the second, each session with a room and a lead trainer', async () => {
    expect(await count(`select count(*)::int n from course_sessions where administration_id = $adm and status = 'completed' and start_day < '2018-01-01'`)).toBeGreaterThan(5);
    expect(await count(`select count(*)::int n from course_sessions where administration_id = $adm and status <> 'completed' and start_day < '2018-01-01'`)).toBe(0);
    expect(await count(`select count(*)::int n from course_sessions where administration_id = $adm and status = 'scheduled' and start_day between '2018-01-01' and '2018-12-31'`)).toBeGreaterThan(5);
    expect(await count(`select count(*)::int n from course_sessions s where administration_id = $adm and (room_id is null or not exists
      (select 1 from session_trainers t where t.administration_id = s.administration_id and t.session_id = s.id and t.role = 'lead'))`)).toBe(0);
  });

  it('computes the plan from the trainer pool: its trainer-days are the pool\'s, not the manual figures', async () => {
    const pool = await count(`select sum(days_per_quarter)::int n from trainers where administration_id = $adm and active`);
    expect(pool).toBeGreaterThan(100);
    const planned = await one<{ days: number }>(db, `select (instance->'trainerDays'->>'2017Q1')::numeric::int as days from plans
      where administration_id = $1 and status = 'approved'`, [administrationId]);
    expect(planned.days).toBe(pool);
  });

  it('never double-books a room, a trainer or an officer, and keeps seats within capacity', async () => {
    expect(await count(`select count(*)::int n from (select d.day, s.room_id from session_days d join course_sessions s on s.administration_id = d.administration_id and s.id = d.session_id
      where d.administration_id = $adm group by 1, 2 having count(*) > 1) x`)).toBe(0);
    expect(await count(`select count(*)::int n from (select d.day, t.trainer_id from session_days d join session_trainers t on t.administration_id = d.administration_id and t.session_id = d.session_id
      where d.administration_id = $adm group by 1, 2 having count(*) > 1) x`)).toBe(0);
    expect(await count(`select count(*)::int n from (select d.day, e.officer_id from session_days d join enrolments e on e.administration_id = d.administration_id and e.session_id = d.session_id
      where d.administration_id = $adm and e.status in ('enrolled', 'waitlisted') group by 1, 2 having count(*) > 1) x`)).toBe(0);
    expect(await count(`select count(*)::int n from course_sessions s where administration_id = $adm and enrolled_count <> (select count(*) from enrolments e
      where e.administration_id = s.administration_id and e.session_id = s.id and e.status = 'enrolled')`)).toBe(0);
  });

  it('records attendance, results, evidence and certificates for what was delivered, and shows the demo officer a certificate', async () => {
    expect(await count(`select count(*)::int n from attendance where administration_id = $adm`)).toBeGreaterThan(50);
    expect(await count(`select count(*)::int n from session_results where administration_id = $adm and completed`)).toBeGreaterThan(20);
    expect(await count(`select count(*)::int n from certificates where administration_id = $adm`)).toBeGreaterThan(20);
    expect(await count(`select count(*)::int n from training_evidence where administration_id = $adm`)).toBeGreaterThan(20);
    expect(await count(`select count(*)::int n from session_costs where administration_id = $adm`)).toBeGreaterThan(10);
    expect(await count(`select count(*)::int n from certificates c join users u on u.officer_id = c.officer_id where c.administration_id = $adm and u.email = 'officer@timor-leste.demo'`)).toBeGreaterThan(0);
    expect(await count(`select count(*)::int n from session_trainers st join trainers t on t.administration_id = st.administration_id and t.id = st.trainer_id
      join users u on u.officer_id = t.officer_id where st.administration_id = $adm and u.email = 'trainer@timor-leste.demo'`)).toBeGreaterThan(2);
    expect(await count(`select count(*)::int n from notifications n join users u on u.officer_id = n.officer_id
      where n.administration_id = $adm and u.email = 'officer@timor-leste.demo' and n.kind = 'approval'`)).toBeGreaterThan(0);
    expect(lines.some((l) => /sessions delivered/.test(l))).toBe(true);
  });
});
