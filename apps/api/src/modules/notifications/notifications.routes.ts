import type { FastifyInstance } from 'fastify';
import type { NotificationsModule } from './index.js';

// Placeholder: the in-app notification list and its routes.
export function notificationsRoutes(_app: FastifyInstance, _notifications: NotificationsModule): void {}
