import type { BenchResult } from './support.js';

// Placeholder: replaced by the benchmark.
export function run(): Promise<BenchResult[]> {
  return Promise.resolve([]);
}
