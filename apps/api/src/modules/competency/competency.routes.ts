import type { FastifyInstance } from 'fastify';
import type { CompetencyModule } from './index.js';

export function competencyRoutes(root: FastifyInstance, module: CompetencyModule) {
  void root;
  void module;
}
