#!/usr/bin/env node
// Runs the TypeScript sources through tsx, so the command never needs a separate build.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
