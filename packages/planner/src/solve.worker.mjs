// Worker entry in plain JS: the API and the tests run TypeScript through tsx or vitest, which a Worker does not inherit.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
