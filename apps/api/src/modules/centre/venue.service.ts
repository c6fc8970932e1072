import type { CentreDeps } from './index.js';

// Placeholder: replaced by the area's service.
export function makeVenueService(_deps: CentreDeps) {
  return {};
}
