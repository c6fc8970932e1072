import type { FastifyInstance } from 'fastify';
import { campaignRoutes } from './campaign.routes.js';
import { formRoutes } from './form.routes.js';
import type { NeedsModule } from './index.js';
import { needsDocumentRoutes } from './needs-documents.routes.js';
import { resultsRoutes } from './results.routes.js';

export function needsRoutes(root: FastifyInstance, module: NeedsModule) {
  campaignRoutes(root, module.campaigns);
  formRoutes(root, module.forms);
  resultsRoutes(root, module.results);
  needsDocumentRoutes(root, module);
}
