import {
  ZGoal,
  ZGoalInput,
  ZGoalOrder,
  ZGoalUpdate,
  ZIdParams,
  ZKpi,
  ZKpiInput,
  ZKpiUpdate,
  ZObjective,
  ZObjectiveInput,
  ZObjectiveUpdate,
  ZStrategy,
  ZStrategyInput,
  ZStrategySummary,
  ZStrategyUpdate,
} from '@formasaun/shared';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http-auth.js';
import type { StrategyModule } from './index.js';

const list = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
const noContent = { 204: z.null() };

export function strategyRoutes(root: FastifyInstance, module: StrategyModule) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const { strategies, items } = module;
  const tags = ['strategy'];
  const params = ZIdParams;

  app.get('/api/v1/strategies', { schema: { tags, response: { 200: list(ZStrategySummary) } } }, async (req) => ({
    items: await strategies.findStrategies(actorOf(req)),
  }));
  app.post('/api/v1/strategies', { schema: { tags, body: ZStrategyInput, response: { 201: ZStrategy } } }, async (req, reply) =>
    reply.status(201).send(await strategies.createStrategy(actorOf(req), req.body)),
  );
  app.get('/api/v1/strategies/:id', { schema: { tags, params, response: { 200: ZStrategy } } }, async (req) =>
    strategies.getStrategy(actorOf(req), req.params.id),
  );
  app.patch('/api/v1/strategies/:id', { schema: { tags, params, body: ZStrategyUpdate, response: { 200: ZStrategy } } }, async (req) =>
    strategies.updateStrategy(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/strategies/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await strategies.deleteStrategy(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.put('/api/v1/strategies/:id/goal-order', { schema: { tags, params, body: ZGoalOrder, response: { 200: ZStrategy } } }, async (req) =>
    strategies.reorderGoals(actorOf(req), req.params.id, req.body),
  );

  app.post('/api/v1/strategies/:id/goals', { schema: { tags, params, body: ZGoalInput, response: { 201: ZGoal } } }, async (req, reply) =>
    reply.status(201).send(await items.addGoal(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/strategy-goals/:id', { schema: { tags, params, body: ZGoalUpdate, response: { 200: ZGoal } } }, async (req) =>
    items.updateGoal(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/strategy-goals/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await items.deleteGoal(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/strategy-goals/:id/objectives', { schema: { tags, params, body: ZObjectiveInput, response: { 201: ZObjective } } }, async (req, reply) =>
    reply.status(201).send(await items.addObjective(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/strategy-objectives/:id', { schema: { tags, params, body: ZObjectiveUpdate, response: { 200: ZObjective } } }, async (req) =>
    items.updateObjective(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/strategy-objectives/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await items.deleteObjective(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/strategy-objectives/:id/kpis', { schema: { tags, params, body: ZKpiInput, response: { 201: ZKpi } } }, async (req, reply) =>
    reply.status(201).send(await items.addKpi(actorOf(req), req.params.id, req.body)),
  );
  app.patch('/api/v1/strategy-kpis/:id', { schema: { tags, params, body: ZKpiUpdate, response: { 200: ZKpi } } }, async (req) =>
    items.updateKpi(actorOf(req), req.params.id, req.body),
  );
  app.delete('/api/v1/strategy-kpis/:id', { schema: { tags, params, response: noContent } }, async (req, reply) => {
    await items.deleteKpi(actorOf(req), req.params.id);
    return reply.status(204).send(null);
  });
}
