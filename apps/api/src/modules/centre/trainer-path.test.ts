import { TRAINER_PATH } from '@formasaun/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.js';
import { highestStatus, pathRank, statusChange } from './trainer-path.js';

const status = fc.constantFrom(...TRAINER_PATH);

describe('the train-the-trainer path', () => {
  it('orders trained → co_trainer → lead → master and finds the highest', () => {
    expect(TRAINER_PATH.map(pathRank)).toEqual([0, 1, 2, 3]);
    expect(highestStatus(['co_trainer', 'master', 'trained'])).toBe('master');
    expect(highestStatus(['trained', 'lead'])).toBe('lead');
    expect(highestStatus([])).toBeNull();
  });

  it('records a move up as promoted, with or without a note (skipping steps forward is allowed)', () => {
    expect(statusChange('trained', 'co_trainer', null)).toEqual({ kind: 'promoted', statusTo: 'co_trainer' });
    expect(statusChange('trained', 'master', 'WCO accredited master trainer')).toEqual({ kind: 'promoted', statusTo: 'master' });
  });

  it('refuses a move down without a note, naming the field, and records it as demoted with one', () => {
    const err = (() => {
      try {
        statusChange('lead', 'trained', '  ');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'VALIDATION', details: [{ path: 'body.note' }] });
    expect(statusChange('lead', 'co_trainer', 'observation below standard on 2017-05-04')).toEqual({ kind: 'demoted', statusTo: 'co_trainer' });
  });

  it('refuses staying at the same status', () => {
    expect(() => statusChange('lead', 'lead', 'again')).toThrow(/already/);
  });

  it('for any two different statuses: up is promoted, down is demoted only with a note', () => {
    fc.assert(
      fc.property(status, status, fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() !== '')), (from, to, note) => {
        fc.pre(from !== to);
        if (pathRank(to) > pathRank(from)) expect(statusChange(from, to, note).kind).toBe('promoted');
        else if (note) expect(statusChange(from, to, note).kind).toBe('demoted');
        else expect(() => statusChange(from, to, note)).toThrow(AppError);
      }),
    );
  });
});
