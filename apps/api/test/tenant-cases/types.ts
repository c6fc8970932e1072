import type { Session, TestContext } from '../harness.js';
import type { managerOf } from '../harness.js';

export type Tenant = Awaited<ReturnType<typeof managerOf>>;

/** One call of a route with an id, made with the other administration's id of the right kind. */
export interface IdCall {
  method: string;
  id: string;
  body?: unknown;
}

/** A body that names the other administration's records on an otherwise valid call: must answer 404. */
export interface ForeignBodyCall {
  method: string;
  url: string;
  body: unknown;
}

/**
 * Each context builds, for its own routes, the calls the tenant walk makes: `routes` keyed by the OpenAPI path
 * (every path with `{` must appear in some context's map), `bodies` for references inside bodies,
 * `lists` for list routes that must not show the other administration's ids.
 */
export interface TenantCases {
  routes: Record<string, IdCall[]>;
  bodies: ForeignBodyCall[];
  lists: { url: string; foreignIds: string[] }[];
  /** Checked after the walk: the other administration's records are unchanged. */
  unchanged?: (theirs: Session) => Promise<void>;
}

export type TenantCaseBuilder = (ctx: TestContext, mine: Tenant, theirs: Tenant) => Promise<TenantCases>;
