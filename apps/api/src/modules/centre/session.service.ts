import type { CentreDeps } from './index.js';

// Placeholder: replaced by the area's service.
export function makeSessionService(_deps: CentreDeps) {
  return {};
}
