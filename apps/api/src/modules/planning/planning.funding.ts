/** A part of one run's cost: the axes earmarks restrict (functional area, cost category). */
export interface CostItem {
  run: string;
  year: string;
  area: string;
  category: string;
  amount: number;
}

export interface FundingEnvelope {
  id: string;
  sourceId: string;
  year: string;
  amount: number;
  /** Earmarks; empty = any. */
  functionalAreas: string[];
  costCategories: string[];
}

export interface Allocation {
  /** Run → source → amount paid. */
  byRun: Map<string, Map<string, number>>;
  /** Run → cost no envelope could take under the earmarks. */
  unfundedByRun: Map<string, number>;
  unfundedByYear: Map<string, number>;
  /** Envelope → amount allocated. */
  byEnvelope: Map<string, number>;
}

interface Edge {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

/** Min-cost max-flow by successive shortest paths (Bellman–Ford: residual costs go negative); capacities in cents. */
class FlowGraph {
  readonly adj: Edge[][];
  constructor(n: number) {
    this.adj = Array.from({ length: n }, () => []);
  }
  add(from: number, to: number, cap: number, cost: number): Edge {
    const edge = { to, cap, cost, rev: this.adj[to]!.length };
    this.adj[from]!.push(edge);
    this.adj[to]!.push({ to: from, cap: 0, cost: -cost, rev: this.adj[from]!.length - 1 });
    return edge;
  }
  run(source: number, sink: number): void {
    const n = this.adj.length;
    for (;;) {
      const dist = new Array<number>(n).fill(Infinity);
      const prev = new Array<[number, number] | null>(n).fill(null);
      dist[source] = 0;
      for (let round = 0, changed = true; changed && round < n; round++) {
        changed = false;
        for (let u = 0; u < n; u++) {
          if (dist[u] === Infinity) continue;
          this.adj[u]!.forEach((e, i) => {
            if (e.cap > 0 && dist[u]! + e.cost < dist[e.to]!) {
              dist[e.to] = dist[u]! + e.cost;
              prev[e.to] = [u, i];
              changed = true;
            }
          });
        }
      }
      if (dist[sink] === Infinity) return;
      let push = Infinity;
      for (let v = sink; v !== source; v = prev[v]![0]) push = Math.min(push, this.adj[prev[v]![0]]![prev[v]![1]]!.cap);
      for (let v = sink; v !== source; v = prev[v]![0]) {
        const e = this.adj[prev[v]![0]]![prev[v]![1]]!;
        e.cap -= push;
        this.adj[v]![e.rev]!.cap += push;
      }
    }
  }
}

const cents = (n: number) => Math.round(n * 100);
const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const eligible = (e: FundingEnvelope, area: string, category: string) =>
  (e.functionalAreas.length === 0 || e.functionalAreas.includes(area)) && (e.costCategories.length === 0 || e.costCategories.includes(category));

/**
 * Which source pays for which run, per year, honouring earmarks. A year's cost items are summed by (functional area,
 * cost category) and placed as a max-flow from items to the envelopes that may pay them; among the maximal
 * placements the one using earmarked envelopes first is chosen (an edge costs one per earmark the envelope lacks).
 * Each item's funding is then shared among its runs in proportion to their cost; what cannot be placed is unfunded.
 */
export function allocateFunding(items: CostItem[], envelopes: FundingEnvelope[]): Allocation {
  const out: Allocation = { byRun: new Map(), unfundedByRun: new Map(), unfundedByYear: new Map(), byEnvelope: new Map() };
  for (const year of [...new Set(items.map((i) => i.year))].sort()) {
    const yearItems = items.filter((i) => i.year === year && i.amount > 0);
    const groups = new Map<string, { area: string; category: string; items: CostItem[]; total: number }>();
    for (const item of yearItems) {
      const key = `${item.area}\u0000${item.category}`;
      const g = groups.get(key) ?? { area: item.area, category: item.category, items: [], total: 0 };
      g.items.push(item);
      g.total += item.amount;
      groups.set(key, g);
    }
    const cells = [...groups.values()];
    const pots = envelopes.filter((e) => e.year === year && e.amount > 0);
    const source = 0;
    const sink = 1 + cells.length + pots.length;
    const graph = new FlowGraph(sink + 1);
    const flows: { cell: number; pot: number; edge: Edge; cap: number }[] = [];
    cells.forEach((c, i) => graph.add(source, 1 + i, cents(c.total), 0));
    pots.forEach((p, j) => graph.add(1 + cells.length + j, sink, cents(p.amount), 0));
    cells.forEach((c, i) =>
      pots.forEach((p, j) => {
        if (!eligible(p, c.area, c.category)) return;
        const cap = cents(c.total);
        const general = (p.functionalAreas.length === 0 ? 1 : 0) + (p.costCategories.length === 0 ? 1 : 0);
        flows.push({ cell: i, pot: j, cap, edge: graph.add(1 + i, 1 + cells.length + j, cap, general) });
      }),
    );
    graph.run(source, sink);

    const placed = new Map<number, number>();
    for (const f of flows) {
      const amount = (f.cap - f.edge.cap) / 100;
      if (amount <= 0) continue;
      const cell = cells[f.cell]!;
      const pot = pots[f.pot]!;
      add(placed, f.cell, amount);
      add(out.byEnvelope, pot.id, amount);
      for (const item of cell.items) {
        const perSource = out.byRun.get(item.run) ?? new Map<string, number>();
        out.byRun.set(item.run, perSource);
        add(perSource, pot.sourceId, (amount * item.amount) / cell.total);
      }
    }
    cells.forEach((cell, i) => {
      const missing = Math.max(0, cell.total - (placed.get(i) ?? 0));
      if (missing < 0.005) return;
      add(out.unfundedByYear, year, missing);
      for (const item of cell.items) add(out.unfundedByRun, item.run, (missing * item.amount) / cell.total);
    });
  }
  return out;
}
