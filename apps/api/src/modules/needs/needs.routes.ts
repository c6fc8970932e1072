import type { FastifyInstance } from 'fastify';
import type { NeedsModule } from './index.js';

export function needsRoutes(root: FastifyInstance, module: NeedsModule) {
  void root;
  void module;
}
