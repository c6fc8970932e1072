import { describe, expect, it } from 'vitest';
import { byAreaThenCode, courseTotals, findCycle, fold } from './catalogue.domain.js';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('findCycle', () => {
  it('answers null for an acyclic graph, including unknown ids and diamonds', () => {
    expect(findCycle(graph({}))).toBeNull();
    expect(findCycle(graph({ a: ['b', 'c'], b: ['d'], c: ['d'], d: [], e: ['zz'] }))).toBeNull();
  });

  it('finds a self-loop, a two-cycle and a long cycle as a closed path', () => {
    expect(findCycle(graph({ a: ['a'] }))).toEqual(['a', 'a']);
    expect(findCycle(graph({ a: ['b'], b: ['a'] }))).toEqual(['a', 'b', 'a']);
    const cycle = findCycle(graph({ x: ['a'], a: ['b'], b: ['c'], c: ['d'], d: ['b'] }))!;
    expect(cycle).toEqual(['b', 'c', 'd', 'b']);
  });

  it('survives a chain of 20,000 prerequisites without overflowing the stack', () => {
    const edges: Record<string, string[]> = {};
    for (let i = 0; i < 20000; i++) edges[`c${i}`] = [`c${i + 1}`];
    expect(findCycle(graph(edges))).toBeNull();
    edges.c20000 = ['c0'];
    expect(findCycle(graph(edges))).toHaveLength(20002);
  });
});

describe('courseTotals', () => {
  const base = {
    days: 2.5,
    trainersPerRun: 2,
    trainerDays: null,
    capacity: 20,
    fixedCostByCategory: { 'trainer-fees': 1000.1, venue: 300.2, 'travel-per-diem': 0, materials: 99.9 },
    costPerParticipantByCategory: { 'trainer-fees': 0, venue: 12.5, 'travel-per-diem': 30, materials: 7.55 },
  };
  it('sums categories to the cent and defaults trainer-days to days × trainers', () => {
    expect(courseTotals(base)).toEqual({ fixedCost: 1400.2, costPerParticipant: 50.05, fullRunCost: 2401.2, trainerDays: 5 });
    expect(courseTotals({ ...base, trainerDays: 3.5 }).trainerDays).toBe(3.5);
  });
});

describe('catalogue order and search', () => {
  it('sorts by functional area in framework order, then code with numbers in order', () => {
    const list = [
      { functionalArea: 'valuation', code: 'VAL-101' },
      { functionalArea: 'integrity', code: 'INT-20' },
      { functionalArea: 'integrity', code: 'INT-3' },
    ] as const;
    expect([...list].sort(byAreaThenCode).map((c) => c.code)).toEqual(['INT-3', 'INT-20', 'VAL-101']);
  });
  it('folds accents and case', () => {
    expect(fold('Classificação PAUTAL')).toBe('classificacao pautal');
  });
});
