import type { RequestContext } from '../../core/context/request-context.js';
import { assertNoProblems, badInput, type FieldProblem } from '../../core/errors/app-error.js';
import { JobRank } from './job-rank.entity.js';

/** Job ranks the caller may read (filtered in SQL), most senior last. */
export function listJobRanks(ctx: RequestContext): Promise<JobRank[]> {
  return ctx.em.find(JobRank, ctx.accessibleWhere('read', 'JobRank'), { orderBy: { level: 'asc', code: 'asc' } });
}

/** Adds a job rank; codes are unique within the organisation. */
export async function createJobRank(ctx: RequestContext, input: { code: string; name: string; level: number }): Promise<JobRank> {
  const problems: FieldProblem[] = [];
  if (!input.code.trim()) problems.push({ field: 'code', code: 'REQUIRED' });
  if (!input.name.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
  if (!(input.level >= 0 && input.level <= 1000)) problems.push({ field: 'level', code: 'INVALID_VALUE' });
  assertNoProblems(problems);
  return ctx.transaction(async (em) => {
    ctx.authorize('create', 'JobRank', { id: null });
    if (await em.count(JobRank, { code: input.code.trim() })) throw badInput({ field: 'code', code: 'DUPLICATE_VALUE' });
    const rank = em.create(JobRank, { tenantId: ctx.tenantId, code: input.code.trim(), name: input.name.trim(), level: input.level });
    em.persist(rank);
    ctx.record({ type: 'org.job_rank.created', subjectType: 'JobRank', subjectId: rank.id, payload: { rankId: rank.id }, after: { code: rank.code, name: rank.name, level: rank.level } });
    return rank;
  });
}
