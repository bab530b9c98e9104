import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ApprovalTemplate } from './approval-template.entity.js';
import * as reads from './approvals.read.js';
import { walkNodes } from './definition-check.js';
import { approvalMetrics, type NodeFigures, type TemplateFigures } from './metrics.service.js';
import { localized } from './templates.service.js';

@ObjectType({ description: 'How one flow node performed over a period (tasks assigned in it).' })
export class ApprovalNodeMetrics {
  @Field(() => String, { description: 'The flow node.' })
  nodeId!: string;

  @Field(() => String, { nullable: true, description: 'Its name in the current version, in the caller’s language.' })
  name!: string | null;

  @Field(() => Int, { description: 'Decisions taken by people (approve, reject, return).' })
  decided!: number;

  @Field(() => Int, { description: 'Rejections.' })
  rejected!: number;

  @Field(() => Int, { description: 'Returns.' })
  returned!: number;

  @Field(() => Float, { nullable: true, description: 'Median hours from assignment to decision.' })
  medianDecisionHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile hours from assignment to decision.' })
  p90DecisionHours!: number | null;

  @Field(() => Int, { description: 'Tasks that passed their time limit (decided late, or still pending after it).' })
  slaBreaches!: number;

  @Field(() => Int, { description: 'Approvals given within rubberStampSeconds of assignment.' })
  rubberStamps!: number;
}

@ObjectType({ description: 'How one template’s requests went over a period.' })
export class ApprovalTemplateMetrics {
  templateId!: string;

  @Field(() => Int, { description: 'Requests first submitted in the period.' })
  submitted!: number;

  @Field(() => Int, { description: 'Requests approved in the period.' })
  approved!: number;

  @Field(() => Int, { description: 'Requests rejected in the period.' })
  rejected!: number;

  @Field(() => Int, { description: 'Requests withdrawn in the period.' })
  withdrawn!: number;

  @Field(() => Int, { description: 'Requests revoked in the period.' })
  revoked!: number;

  @Field(() => Int, { description: 'Requests submitted in the period that were sent back at least once.' })
  returned!: number;

  @Field(() => Float, { nullable: true, description: 'Rejected ÷ (approved + rejected) of those that ended in the period.' })
  rejectionRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Returned ÷ submitted.' })
  returnRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from first submission to approval or rejection.' })
  medianCycleHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile hours from first submission to approval or rejection.' })
  p90CycleHours!: number | null;

  @Field(() => Int, { description: 'Time-limit breaches over all its nodes.' })
  slaBreaches!: number;

  @Field(() => Int, { description: 'Rubber-stamp approvals over all its nodes.' })
  rubberStamps!: number;
}

@Resolver(() => ApprovalTemplateMetrics)
export class ApprovalMetricsResolver {
  @Can('analyze', 'ApprovalTemplate')
  @Query(() => [ApprovalTemplateMetrics], {
    description: 'Approval metrics per template and node over [from, to) (at most two years): volumes, cycle times, rejection and return rates, time-limit breaches and rubber-stamp approvals.',
  })
  approvalMetrics(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { description: 'Start of the period (inclusive).' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the period (exclusive).' }) to: Date,
    @Arg('templateId', () => ID, { nullable: true, description: 'Only this template.' }) templateId?: string | null,
    @Arg('rubberStampSeconds', () => Int, { nullable: true, description: 'An approval this many seconds or less after assignment counts as a rubber stamp (default 10).' })
    rubberStampSeconds?: number | null,
  ): Promise<TemplateFigures[]> {
    return approvalMetrics(ctx, { from, to, templateId, rubberStampSeconds });
  }

  @FieldResolver(() => ApprovalTemplate, { nullable: true, description: 'The template (null if the caller may not read it).' })
  template(@Root() figures: TemplateFigures, @Ctx() ctx: RequestContext): Promise<ApprovalTemplate | null> {
    return ctx.loader(reads.readableTemplateById).load(figures.templateId);
  }

  @FieldResolver(() => [ApprovalNodeMetrics], { description: 'Per node, in node id order, named as in the current version.' })
  async nodes(@Root() figures: TemplateFigures, @Ctx() ctx: RequestContext): Promise<(NodeFigures & { name: string | null })[]> {
    const version = await ctx.loader(reads.publishedVersionByTemplate).load(figures.templateId);
    const names = new Map([...walkNodes(version?.definition.flow ?? [])].map(({ node }) => [node.id, localized(ctx, node.name)]));
    return figures.nodes.map((node) => ({ ...node, name: names.get(node.nodeId) ?? null }));
  }
}
