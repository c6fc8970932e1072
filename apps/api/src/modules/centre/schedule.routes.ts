import type { FastifyInstance } from 'fastify';
import type { CentreModule } from './index.js';

// Placeholder: replaced by the area's routes.
export function scheduleRoutes(_app: FastifyInstance, _centre: CentreModule): void {}
