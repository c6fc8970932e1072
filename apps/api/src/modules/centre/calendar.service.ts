import type { CentreDeps } from './index.js';

// Placeholder: replaced by the area's service.
export function makeCalendarService(_deps: CentreDeps) {
  return {};
}
