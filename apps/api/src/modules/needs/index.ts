import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db.js';
import { makeCampaignRepository } from './campaign.repository.js';
import { makeCampaignService } from './campaign.service.js';
import { makeFormRepository } from './form.repository.js';
import { makeFormService } from './form.service.js';
import { makeNeedsLookups } from './needs.lookups.js';
import type { CompetencyLookups } from './needs.ports.js';
import { makePaperRepository } from './paper.repository.js';
import { makePaperService } from './paper.service.js';
import { makeReportRepository } from './report.repository.js';
import { makeReportService } from './report.service.js';
import { makeResultsRepository } from './results.repository.js';
import { makeResultsService } from './results.service.js';

/** Builds the needs context: assessment campaigns, forms, consolidation, results and the hand-off to planning. */
export function makeNeedsModule(deps: { database: Database; clock: Clock; competency: CompetencyLookups }) {
  const { database, clock, competency } = deps;
  const campaigns = makeCampaignRepository();
  const forms = makeFormRepository();
  const reports = makeReportRepository();
  const resultsRepo = makeResultsRepository();
  const results = makeResultsService({ database, results: resultsRepo, campaigns, competency, reports });
  return {
    campaigns: makeCampaignService({ database, campaigns, competency, clock }),
    forms: makeFormService({ database, forms, campaigns, competency, clock }),
    results,
    reports: makeReportService({ database, campaigns, reports, results, competency, clock }),
    lookups: makeNeedsLookups({ campaigns, results: resultsRepo, competency }),
    paper: makePaperService({ database, campaigns, forms, paper: makePaperRepository(), reports, competency, clock }),
  };
}
export type NeedsModule = ReturnType<typeof makeNeedsModule>;
