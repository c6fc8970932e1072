import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { pooledIndex } from './aggregate.js';
import { buildFormulation } from './formulation.js';
import { solveMip } from './highs.js';
import { indexInstance } from './indexed.js';
import { parseInstance } from './parse.js';

it('diag', async () => {
  const inst = JSON.parse(readFileSync(new URL('../fixtures/demo-timor-leste.json', import.meta.url), 'utf8'));
  const parsed = parseInstance(inst);
  if (!parsed.ok) throw new Error('bad');
  const ix = indexInstance(parsed.instance);
  for (const cont of [true, false]) {
    const f = buildFormulation(pooledIndex(ix), true, { continuousParticipants: cont });
    const t = performance.now();
    const r = await solveMip(f, { timeLimit: 25, mipRelGap: 0.002 });
    console.log('pooled cont', cont, f.numCols, r.status, r.objective, r.bound, ((performance.now() - t) / 1000).toFixed(1));
  }
  const y = buildFormulation(ix, true, { continuousParticipants: false });
  const t = performance.now();
  const r = await solveMip(y, { timeLimit: 30, mipRelGap: 0.002 });
  console.log('yearly int', y.numCols, r.status, r.objective, r.bound, ((performance.now() - t) / 1000).toFixed(1));
}, 120_000);
