import type { CentreDeps } from './index.js';

// Placeholder: replaced by the area's service.
export function makeCertificateService(_deps: CentreDeps) {
  return {};
}
