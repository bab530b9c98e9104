import type { RequestContext } from '../../core/context/request-context.js';
import { sql, sqlFragment, tenantSql, TENANT } from '../../core/database/sql.js';
import { assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';

/** Figures of one node (or of a whole template, its nodes summed) over a period. */
export interface NodeFigures {
  nodeId: string;
  /** Decisions taken by people (approve, reject, return) on tasks assigned in the period. */
  decided: number;
  rejected: number;
  returned: number;
  medianDecisionHours: number | null;
  p90DecisionHours: number | null;
  /** Tasks assigned in the period that passed their deadline (decided late, or still pending after it). */
  slaBreaches: number;
  /** Approvals given within `rubberStampSeconds` of assignment: too fast to have read the request. */
  rubberStamps: number;
}

/** Figures of one template over a period. */
export interface TemplateFigures {
  templateId: string;
  /** Requests first submitted in the period. */
  submitted: number;
  /** Requests that ended in the period, by how. */
  approved: number;
  rejected: number;
  withdrawn: number;
  revoked: number;
  /** Requests submitted in the period that were sent back at least once. */
  returned: number;
  /** Rejected over approved + rejected, of those that ended in the period; null when none ended. */
  rejectionRate: number | null;
  /** Returned over submitted; null when none was submitted. */
  returnRate: number | null;
  /** From first submission to approval or rejection, of those that ended in the period. */
  medianCycleHours: number | null;
  p90CycleHours: number | null;
  slaBreaches: number;
  rubberStamps: number;
  nodes: NodeFigures[];
}

const MAX_PERIOD_DAYS = 731;

/**
 * Approval metrics per template and per node over [from, to): volumes, cycle times (median and p90), rejection and
 * return rates, time-limit breaches and "rubber-stamp" approvals. Two statements, aggregated by PostgreSQL over the
 * organisation's requests and tasks (indexes by tenant and submission time).
 */
export async function approvalMetrics(ctx: RequestContext, input: { from: Date; to: Date; templateId?: string | null; rubberStampSeconds?: number | null }): Promise<TemplateFigures[]> {
  const problems: FieldProblem[] = [];
  if (!(input.to > input.from)) problems.push({ field: 'to', code: 'INVALID_DATE_RANGE' });
  if (input.to.getTime() - input.from.getTime() > MAX_PERIOD_DAYS * 86_400_000) problems.push({ field: 'to', code: 'INVALID_VALUE' });
  const seconds = input.rubberStampSeconds ?? 10;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) problems.push({ field: 'rubberStampSeconds', code: 'INVALID_VALUE' });
  if (input.templateId && !/^[0-9a-f-]{36}$/i.test(input.templateId)) problems.push({ field: 'templateId', code: 'INVALID_ID' });
  assertNoProblems(problems);
  const { from, to } = input;
  const template = input.templateId ?? null;
  const hours = (interval: string) => sqlFragment(`extract(epoch from ${interval}) / 3600.0`, []);
  const requests = await tenantSql<Omit<TemplateFigures, 'nodes' | 'slaBreaches' | 'rubberStamps'>>(
    ctx.em,
    ctx.tenantId,
    sql`select r.template_id as "templateId",
        count(*) filter (where r.created_at >= ${from} and r.created_at < ${to})::int as submitted,
        count(*) filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status = 'APPROVED')::int as approved,
        count(*) filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status = 'REJECTED')::int as rejected,
        count(*) filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status = 'WITHDRAWN')::int as withdrawn,
        count(*) filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status = 'REVOKED')::int as revoked,
        count(*) filter (where r.created_at >= ${from} and r.created_at < ${to}
          and exists (select 1 from approval_activity a where a.request_id = r.id and a.kind = 'RETURNED'))::int as returned,
        percentile_cont(0.5) within group (order by ${hours('r.finished_at - r.created_at')})
          filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status in ('APPROVED', 'REJECTED')) as "medianCycleHours",
        percentile_cont(0.9) within group (order by ${hours('r.finished_at - r.created_at')})
          filter (where r.finished_at >= ${from} and r.finished_at < ${to} and r.status in ('APPROVED', 'REJECTED')) as "p90CycleHours"
      from approval_request r
      where r.tenant_id = ${TENANT} and (${template}::uuid is null or r.template_id = ${template}::uuid)
        and ((r.created_at >= ${from} and r.created_at < ${to}) or (r.finished_at >= ${from} and r.finished_at < ${to}))
      group by r.template_id`,
  );
  const nodes = await tenantSql<NodeFigures & { templateId: string }>(
    ctx.em,
    ctx.tenantId,
    sql`select r.template_id as "templateId", t.node_id as "nodeId",
        count(*) filter (where t.status in ('APPROVED', 'REJECTED', 'RETURNED'))::int as decided,
        count(*) filter (where t.status = 'REJECTED')::int as rejected,
        count(*) filter (where t.status = 'RETURNED')::int as returned,
        percentile_cont(0.5) within group (order by ${hours('t.decided_at - t.assigned_at')}) filter (where t.status in ('APPROVED', 'REJECTED', 'RETURNED')) as "medianDecisionHours",
        percentile_cont(0.9) within group (order by ${hours('t.decided_at - t.assigned_at')}) filter (where t.status in ('APPROVED', 'REJECTED', 'RETURNED')) as "p90DecisionHours",
        count(*) filter (where t.due_at is not null and (t.decided_at > t.due_at or (t.status = 'PENDING' and t.due_at < ${ctx.now()})))::int as "slaBreaches",
        count(*) filter (where t.status = 'APPROVED' and t.decided_at - t.assigned_at < make_interval(secs => ${seconds}))::int as "rubberStamps"
      from approval_task t join approval_request r on r.id = t.request_id
      where t.tenant_id = ${TENANT} and (${template}::uuid is null or r.template_id = ${template}::uuid)
        and t.assigned_at >= ${from} and t.assigned_at < ${to}
      group by r.template_id, t.node_id
      order by r.template_id, t.node_id`,
  );
  const byTemplate = new Map<string, TemplateFigures>();
  const figuresOf = (templateId: string): TemplateFigures => {
    let figures = byTemplate.get(templateId);
    if (!figures) {
      figures = {
        templateId,
        submitted: 0,
        approved: 0,
        rejected: 0,
        withdrawn: 0,
        revoked: 0,
        returned: 0,
        rejectionRate: null,
        returnRate: null,
        medianCycleHours: null,
        p90CycleHours: null,
        slaBreaches: 0,
        rubberStamps: 0,
        nodes: [],
      };
      byTemplate.set(templateId, figures);
    }
    return figures;
  };
  for (const row of requests) {
    const figures = Object.assign(figuresOf(row.templateId), row);
    const ended = figures.approved + figures.rejected;
    figures.rejectionRate = ended ? figures.rejected / ended : null;
    figures.returnRate = figures.submitted ? figures.returned / figures.submitted : null;
  }
  for (const { templateId, ...node } of nodes) {
    const figures = figuresOf(templateId);
    figures.nodes.push(node);
    figures.slaBreaches += node.slaBreaches;
    figures.rubberStamps += node.rubberStamps;
  }
  return [...byTemplate.values()];
}
