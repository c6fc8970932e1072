import type { TOrgUnit } from '@formasaun/shared';

export interface OrgNode {
  unit: TOrgUnit;
  children: OrgNode[];
  depth: number;
  /** Officers in this unit and every unit below it. */
  subtreeOfficers: number;
}

/** Builds the tree from the flat list; units whose parent is missing become roots. */
export function buildTree(units: readonly TOrgUnit[]): OrgNode[] {
  const byId = new Map<string, OrgNode>();
  for (const unit of units) byId.set(unit.id, { unit, children: [], depth: 0, subtreeOfficers: 0 });
  const roots: OrgNode[] = [];
  for (const node of byId.values()) {
    const parent = node.unit.parentId ? byId.get(node.unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const byName = (a: OrgNode, b: OrgNode) => a.unit.name.localeCompare(b.unit.name);
  const finish = (nodes: OrgNode[], depth: number, seen: Set<string>): number => {
    nodes.sort(byName);
    let total = 0;
    for (const node of nodes) {
      if (seen.has(node.unit.id)) continue;
      seen.add(node.unit.id);
      node.depth = depth;
      node.subtreeOfficers = node.unit.officerCount + finish(node.children, depth + 1, seen);
      total += node.subtreeOfficers;
    }
    return total;
  };
  finish(roots, 0, new Set());
  return roots;
}

/** Ids of the unit and all its descendants. */
export function subtreeIds(units: readonly TOrgUnit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    const list = children.get(u.parentId) ?? [];
    list.push(u.id);
    children.set(u.parentId, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Ids of the unit and every unit above it (where a head of the unit may sit). */
export function ancestorIds(units: readonly TOrgUnit[], unitId: string): Set<string> {
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  const out = new Set<string>();
  for (let id: string | null | undefined = unitId; id && !out.has(id); id = parentOf.get(id)) out.add(id);
  return out;
}

export interface UnitOption {
  value: string;
  label: string;
}

/** Every unit as "Parent › Child › Unit", in tree order, for searchable pickers. */
export function unitOptions(units: readonly TOrgUnit[], options: { includeClosed?: boolean } = {}): UnitOption[] {
  const out: UnitOption[] = [];
  const walk = (nodes: OrgNode[], prefix: string) => {
    for (const node of nodes) {
      if (node.unit.closedOn && !options.includeClosed) continue;
      const label = prefix ? `${prefix} › ${node.unit.name}` : node.unit.name;
      out.push({ value: node.unit.id, label });
      walk(node.children, label);
    }
  };
  walk(buildTree(units), '');
  return out;
}
