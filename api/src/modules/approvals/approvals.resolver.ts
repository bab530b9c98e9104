import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { EmbeddedList } from '../../core/graphql/embedded-list.js';
import { BoundedJSONObject } from '../../core/graphql/json-object.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { selectedFieldsAt } from '../../core/graphql/selection.js';
import { LongText, Text, TextArgs } from '../../core/graphql/text.js';
import { Department, departmentById, Person, personById } from '../org/index.js';
import { ApprovalActivity, ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from './approval-request.entity.js';
import { ApprovalTemplate, ApprovalTemplateStatus } from './approval-template.entity.js';
import * as reads from './approvals.read.js';
import { requestTransitions } from './approvals.transitions.js';
import { ApprovalDefinition, ApprovalMode, FieldAccess, LocalizedText } from './definition.js';
import type { FormValues } from './form-values.js';
import { stepById } from './progress.js';
import * as requests from './requests.service.js';
import type { Route, RouteStep } from './routing.js';
import * as templates from './templates.service.js';

// ——— Templates ———

@InputType({ description: 'A new approval template (a draft until published).' })
export class CreateApprovalTemplateInput {
  @Field(() => LocalizedText, { description: 'Its name in one or more languages.' })
  names!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What it is for.' })
  description?: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'A grouping for lists, e.g. HR, FINANCE, OPERATIONS.' })
  @Text(50)
  category?: string | null;

  @Field(() => ApprovalDefinition, { description: 'Form, flow and policies.' })
  definition!: ApprovalDefinition;
}

@InputType({ description: 'Changes to a template’s draft; omitted fields stay as they are.' })
export class UpdateApprovalTemplateInput {
  @Field(() => LocalizedText, { nullable: true, description: 'New names.' })
  names?: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: 'New description.' })
  description?: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'New category.' })
  @Text(50)
  category?: string | null;

  @Field(() => ApprovalDefinition, { nullable: true, description: 'The new draft (replaces the old one whole).' })
  definition?: ApprovalDefinition | null;
}

@InputType({ description: 'Which templates to list.' })
export class ApprovalTemplateFilter {
  @Field(() => ApprovalTemplateStatus, { nullable: true, description: 'Only those in this state.' })
  status?: ApprovalTemplateStatus | null;

  @Field(() => String, { nullable: true, description: 'Only this category.' })
  @Text(50)
  category?: string | null;

  @Field(() => String, { nullable: true, description: 'Names containing this text (any language).' })
  @Text(100)
  search?: string | null;
}

@ObjectType({ description: 'A page of approval templates.' })
export class ApprovalTemplateList extends ListOf(ApprovalTemplate, 'ApprovalTemplateList', 'A page of approval templates.') {}

@ObjectType({ description: 'What the caller may do with a template now.' })
export class ApprovalTemplatePermissions {
  @Field(() => Boolean, { description: 'May change its draft (updateApprovalTemplate), disable or enable it.' })
  update!: boolean;

  @Field(() => Boolean, { description: 'May publish its draft (publishApprovalTemplate).' })
  publish!: boolean;

  @Field(() => Boolean, { description: 'May delete it (deleteApprovalTemplate) — which also needs it unused and not owned by a module.' })
  delete!: boolean;

  @Field(() => Boolean, {
    description:
      'May submit a request on it now (it is active, the caller may submit, and no module owns it: a module’s template is asked through the module, e.g. leave through requestAttendanceLeave).',
  })
  submit!: boolean;
}

@Resolver(() => ApprovalTemplate)
export class ApprovalTemplateResolver {
  @Can('read', 'ApprovalTemplate')
  @Query(() => ApprovalTemplateList, { description: 'Approval templates the caller may read (staff: active and disabled ones), by category.' })
  approvalTemplates(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApprovalTemplateFilter, { nullable: true }) filter: ApprovalTemplateFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ApprovalTemplateList> {
    return templates.listTemplates(ctx, filter ?? {}, page);
  }

  @Can('read', 'ApprovalTemplate')
  @Query(() => ApprovalTemplate, { description: 'One approval template (NOT_FOUND if the caller may not read it).' })
  approvalTemplate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApprovalTemplate> {
    return templates.templateById(ctx, id);
  }

  @Can('create', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Creates a template as a draft. Every problem in the definition is reported with its path (e.g. definition.flow[1].approvers[0].roleKey).' })
  createApprovalTemplate(@Ctx() ctx: RequestContext, @Arg('input', () => CreateApprovalTemplateInput) input: CreateApprovalTemplateInput): Promise<ApprovalTemplate> {
    return templates.createTemplate(ctx, input);
  }

  @Can('update', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Changes a template’s draft, names or category; published versions and requests on them are unaffected until the next publication.' })
  updateApprovalTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateApprovalTemplateInput) input: UpdateApprovalTemplateInput,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; VERSION_CONFLICT if it changed since.' }) version?: number | null,
  ): Promise<ApprovalTemplate> {
    return templates.updateTemplate(ctx, id, { ...input, version });
  }

  @Can('publish', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Publishes the draft as the next version and makes the template active; running requests stay on their version.' })
  publishApprovalTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; VERSION_CONFLICT if it changed since.' }) version?: number | null,
  ): Promise<ApprovalTemplate> {
    return templates.publishTemplate(ctx, id, version);
  }

  @Can('update', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Stops new requests on an active template (running ones go on). APPROVAL_TEMPLATE_INVALID_TRANSITION unless active.' })
  disableApprovalTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalTemplate> {
    return templates.setTemplateEnabled(ctx, id, false, version);
  }

  @Can('update', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Opens a disabled template to new requests again.' })
  enableApprovalTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalTemplate> {
    return templates.setTemplateEnabled(ctx, id, true, version);
  }

  @Can('create', 'ApprovalTemplate')
  @Mutation(() => ApprovalTemplate, { description: 'Copies a template’s draft into a new draft template (named “… (copy)” unless names are given).' })
  copyApprovalTemplate(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('names', () => LocalizedText, { nullable: true, description: 'Names of the copy.' }) names?: LocalizedText | null,
  ): Promise<ApprovalTemplate> {
    return templates.copyTemplate(ctx, id, names);
  }

  @Can('delete', 'ApprovalTemplate')
  @Mutation(() => Boolean, { description: 'Deletes a template nobody has used (APPROVAL_TEMPLATE_IN_USE otherwise; APPROVAL_TEMPLATE_OWNED for one a module uses).' })
  deleteApprovalTemplate(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return templates.deleteTemplate(ctx, id);
  }

  @FieldResolver(() => String, { description: 'The name in the caller’s language (falling back to another).' })
  name(@Root() template: ApprovalTemplate, @Ctx() ctx: RequestContext): string {
    return templates.localized(ctx, template.names) ?? '';
  }

  @FieldResolver(() => ApprovalDefinition, { nullable: true, description: 'The published version’s form, flow and policies (what a request made now follows); null before the first publication.' })
  async published(@Root() template: ApprovalTemplate, @Ctx() ctx: RequestContext): Promise<ApprovalDefinition | null> {
    if (template.publishedVersion == null) return null;
    return (await ctx.loader(reads.publishedVersionByTemplate).load(template.id))?.definition ?? null;
  }

  @FieldResolver(() => ApprovalTemplatePermissions, { description: 'What the caller may do with this template now (computed in memory).' })
  viewerCan(@Root() template: ApprovalTemplate, @Ctx() ctx: RequestContext): ApprovalTemplatePermissions {
    const subject = templates.templateSubject(template);
    return {
      update: ctx.can('update', 'ApprovalTemplate', subject),
      publish: ctx.can('publish', 'ApprovalTemplate', subject),
      delete: ctx.can('delete', 'ApprovalTemplate', subject) && !template.ownerModule,
      // A module's template is asked through its module (leave in attendance), never submitted bare.
      submit: template.status === ApprovalTemplateStatus.ACTIVE && !template.ownerModule && Boolean(ctx.actor) && ctx.can('submit', 'ApprovalRequest'),
    };
  }
}

// ——— Routes ———

@ObjectType({ description: 'One approver of a route step.' })
export class ApprovalRouteApprover {
  @Field(() => Person, { nullable: true, description: 'The approver (null if the caller may not see them).' })
  person!: Person | null;

  @Field(() => String, { nullable: true, description: 'Why their part is approved without them: APPLICANT (the applicant, by policy), DUPLICATE (they approved just before), NOBODY.' })
  automatic!: string | null;
}

/** Where a step of a request's route stands. */
export enum ApprovalStepState {
  DONE = 'DONE',
  ACTIVE = 'ACTIVE',
  UPCOMING = 'UPCOMING',
}
registerEnumType(ApprovalStepState, { name: 'ApprovalStepState', description: 'DONE: decided (or sent); ACTIVE: being decided now; UPCOMING: not reached yet (or never, once the request ended).' });

@ObjectType({ description: 'A branch of a PARALLEL step; its steps are in the route, naming it as their parent.' })
export class ApprovalRouteBranch {
  @Field(() => String, { description: 'Branch id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its name in the caller’s language.' })
  name!: string | null;
}

@ObjectType({ description: 'One step of a resolved route: who approves (or is copied) there, as resolved at submission.' })
export class ApprovalRouteStep {
  @Field(() => String, { description: 'The flow node.' })
  nodeId!: string;

  @Field(() => String, { description: 'APPROVAL, CC or PARALLEL (a CONDITION is replaced by the branch taken).' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Its name in the caller’s language.' })
  name!: string | null;

  @Field(() => ApprovalMode, { nullable: true, description: 'APPROVAL: how its approvers decide.' })
  mode!: ApprovalMode | null;

  @Field(() => Int, { nullable: true, description: 'RATIO: the share of approvals needed.' })
  ratioPercent!: number | null;

  @EmbeddedList()
  @Field(() => [ApprovalRouteApprover], { description: 'APPROVAL: who decides, in order.' })
  approvers!: ApprovalRouteApprover[];

  @Field(() => Boolean, { description: 'APPROVAL: nobody was found and the policy approves it automatically.' })
  autoApproved!: boolean;

  @EmbeddedList()
  @Field(() => [Person], { description: 'CC: who is copied (those the caller may see).' })
  recipients!: Person[];

  @Field(() => ApprovalStepState, { nullable: true, description: 'For a request: where the step stands; null in a preview.' })
  state!: ApprovalStepState | null;

  @EmbeddedList()
  @Field(() => [ApprovalRouteBranch], { description: 'PARALLEL: its branches.' })
  branches!: ApprovalRouteBranch[];

  @Field(() => String, { nullable: true, description: 'The PARALLEL step this step runs inside; null at the top level.' })
  parentNodeId!: string | null;

  @Field(() => String, { nullable: true, description: 'The branch of that PARALLEL step it runs in; null at the top level.' })
  parentBranchId!: string | null;
}

@ObjectType({ description: 'A route: the steps and the branch each condition took.' })
export class ApprovalRoute {
  @EmbeddedList()
  @Field(() => [ApprovalRouteStep], {
    description:
      'Every step at every depth, in order: a PARALLEL step is followed by the steps of each of its branches (which name it as their parent), then by what comes after its join. Flat, so a route of any depth is read by one fixed selection.',
  })
  steps!: ApprovalRouteStep[];

  @Field(() => [String], { description: 'The branches taken at CONDITION nodes, as "nodeId:branchId".' })
  branchesTaken!: string[];
}

async function routeView(ctx: RequestContext, route: Route, request: ApprovalRequest | null): Promise<ApprovalRoute> {
  const done = new Set(request?.doneNodes ?? []);
  const people = new Map<string, Person | null>();
  const ids = [...new Set(JSON.stringify(route.steps).match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g) ?? [])];
  const found = await ctx.loader(personById).loadMany(ids);
  ids.forEach((id, i) => people.set(id, found[i] instanceof Error ? null : found[i]));
  const running = request?.status === ApprovalRequestStatus.RUNNING;
  const stateOf = (step: RouteStep, children: ApprovalRouteStep[]): ApprovalStepState | null => {
    if (!request) return null;
    if (done.has(step.nodeId)) return ApprovalStepState.DONE;
    if (!running) return ApprovalStepState.UPCOMING;
    if (step.type === 'PARALLEL') {
      if (children.every((c) => c.state === ApprovalStepState.DONE)) return ApprovalStepState.DONE;
      return children.some((c) => c.state !== ApprovalStepState.UPCOMING) ? ApprovalStepState.ACTIVE : ApprovalStepState.UPCOMING;
    }
    return activeNodes.has(step.nodeId) ? ApprovalStepState.ACTIVE : ApprovalStepState.UPCOMING;
  };
  const tasks = request ? await ctx.loader(reads.tasksByRequest).load(request.id) : [];
  const activeNodes = new Set(tasks.filter((t) => t.round === request?.round && (t.status === ApprovalTaskStatus.PENDING || t.status === ApprovalTaskStatus.WAITING)).map((t) => t.nodeId));
  /** The step followed by every step inside its branches, depth first. */
  const view = (step: RouteStep, parent: { nodeId: string; branchId: string } | null): ApprovalRouteStep[] => {
    const inside = (step.branches ?? []).flatMap((b) => b.steps.flatMap((child) => view(child, { nodeId: step.nodeId, branchId: b.id })));
    const children = inside.filter((child) => child.parentNodeId === step.nodeId);
    const own: ApprovalRouteStep = {
      nodeId: step.nodeId,
      type: step.type,
      name: templates.localized(ctx, step.name),
      mode: step.mode ?? null,
      ratioPercent: step.ratioPercent ?? null,
      approvers: (step.approvers ?? []).map((a) => ({ person: people.get(a.personId) ?? null, automatic: a.auto ?? null })),
      autoApproved: Boolean(step.autoApproved),
      recipients: (step.recipients ?? []).flatMap((id) => people.get(id) ?? []),
      state: stateOf(step, children),
      branches: (step.branches ?? []).map((b) => ({ id: b.id, name: templates.localized(ctx, b.name) })),
      parentNodeId: parent?.nodeId ?? null,
      parentBranchId: parent?.branchId ?? null,
    };
    return [own, ...inside];
  };
  return { steps: route.steps.flatMap((step) => view(step, null)), branchesTaken: Object.entries(route.branchesTaken).map(([node, branch]) => `${node}:${branch}`) };
}

// ——— Requests ———

@InputType({ description: 'The people an applicant picks for a step whose approvers they choose.' })
export class ChosenApproversInput {
  @Field(() => String, { description: 'The flow node.' })
  @Text(50)
  nodeId!: string;

  @Field(() => [ID], { description: 'The people picked, in order.' })
  personIds!: string[];
}

@InputType({ description: 'A request to submit (or preview).' })
export class SubmitApprovalRequestInput {
  @Field(() => ID, { description: 'The template.' })
  templateId!: string;

  @Field(() => BoundedJSONObject, { description: 'Form values by field key (see FormFieldType for each kind’s shape).' })
  values!: FormValues;

  @Field(() => [ChosenApproversInput], { nullable: true, description: 'For steps whose approvers the applicant chooses.' })
  chosenApprovers?: ChosenApproversInput[] | null;

  @Field(() => ID, { nullable: true, description: 'The department it is made from, when the applicant belongs to several (default: their primary one).' })
  departmentId?: string | null;
}

@InputType({ description: 'A resubmission after a return.' })
export class ResubmitApprovalRequestInput {
  @Field(() => BoundedJSONObject, { nullable: true, description: 'The changed form values (all of them); omitted: as they were.' })
  values?: FormValues | null;

  @Field(() => [ChosenApproversInput], { nullable: true, description: 'For steps whose approvers the applicant chooses.' })
  chosenApprovers?: ChosenApproversInput[] | null;
}

@InputType({ description: 'Which requests to list.' })
export class ApprovalRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only on this template.' })
  templateId?: string | null;

  @Field(() => ApprovalRequestStatus, { nullable: true, description: 'Only in this state.' })
  status?: ApprovalRequestStatus | null;

  @Field(() => Date, { nullable: true, description: 'Submitted at or after.' })
  submittedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Submitted before.' })
  submittedTo?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Made from this department or one below it.' })
  departmentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Made by this person.' })
  applicantId?: string | null;

  @Field(() => String, { nullable: true, description: 'Title containing this text (template name or applicant).' })
  @Text(100)
  search?: string | null;
}

@ObjectType({ description: 'A page of approval requests.' })
export class ApprovalRequestList extends ListOf(ApprovalRequest, 'ApprovalRequestList', 'A page of approval requests, newest first.') {}

@ObjectType({ description: 'What the caller may do with a request now: its state allows it and the caller is the one who may.' })
export class ApprovalRequestPermissions {
  @Field(() => Boolean, { description: 'May withdraw it (withdrawApprovalRequest).' })
  withdraw!: boolean;

  @Field(() => Boolean, { description: 'May revoke it (revokeApprovalRequest), within the template’s window.' })
  revoke!: boolean;

  @Field(() => Boolean, { description: 'May resubmit it after a return (resubmitApprovalRequest).' })
  resubmit!: boolean;

  @Field(() => Boolean, { description: 'May urge the approvers (remindApprovalRequest), rate limit aside.' })
  remind!: boolean;

  @Field(() => Boolean, { description: 'May comment (commentOnApprovalRequest).' })
  comment!: boolean;
}

@Resolver(() => ApprovalRequest)
export class ApprovalRequestResolver {
  @Can('read', 'ApprovalRequest')
  @Query(() => ApprovalRequest, { description: 'One request with its route and timeline (NOT_FOUND if the caller may not read it).' })
  approvalRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApprovalRequest> {
    return requests.requestById(ctx, id);
  }

  @Can('read', 'ApprovalRequest')
  @Query(() => ApprovalRequestList, { description: 'Requests the caller may read (their own, those they take part in, or more by their roles), newest first.' })
  approvalRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApprovalRequestFilter, { nullable: true }) filter: ApprovalRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ApprovalRequestList> {
    return reads.listRequests(ctx, filter ?? {}, page);
  }

  @Can('submit', 'ApprovalRequest')
  @Query(() => ApprovalRequestList, { description: 'The caller’s own requests, newest first.' })
  myApprovalRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApprovalRequestFilter, { nullable: true }) filter: ApprovalRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ApprovalRequestList> {
    return reads.listMyRequests(ctx, filter ?? {}, page);
  }

  @Can('read', 'ApprovalRequest')
  @Query(() => ApprovalRequestList, { description: 'Requests the caller was copied on, newest first.' })
  approvalRequestsCopiedToMe(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ApprovalRequestFilter, { nullable: true }) filter: ApprovalRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ApprovalRequestList> {
    return reads.listCopiedToMe(ctx, filter ?? {}, page);
  }

  @Can('submit', 'ApprovalRequest')
  @Query(() => ApprovalRoute, { description: 'Who would approve at each step if the caller submitted these values now (nothing is written). The same errors as submitting.' })
  async previewApprovalRoute(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitApprovalRequestInput) input: SubmitApprovalRequestInput): Promise<ApprovalRoute> {
    return routeView(ctx, await requests.previewRoute(ctx, submitData(input)), null);
  }

  @Can('submit', 'ApprovalRequest')
  @Mutation(() => ApprovalRequest, {
    description: 'Submits a request on a template’s current version. Send an Idempotency-Key header so that a retry returns the first result instead of submitting twice.',
  })
  submitApprovalRequest(@Ctx() ctx: RequestContext, @Arg('input', () => SubmitApprovalRequestInput) input: SubmitApprovalRequestInput): Promise<ApprovalRequest> {
    return requests.submitRequest(ctx, submitData(input));
  }

  @Can('submit', 'ApprovalRequest')
  @Mutation(() => ApprovalRequest, { description: 'The applicant resubmits a returned request; the route is resolved again and approval starts over.' })
  resubmitApprovalRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ResubmitApprovalRequestInput) input: ResubmitApprovalRequestInput,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.resubmitRequest(ctx, id, { values: input.values, chosenApprovers: chosenMap(input.chosenApprovers), version });
  }

  @Can('withdraw', 'ApprovalRequest')
  @TextArgs({ reason: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'The applicant withdraws a running or returned request.' })
  withdrawApprovalRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true, description: 'Why (optional).' }) reason?: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.withdrawRequest(ctx, id, { reason, version });
  }

  @Can('revoke', 'ApprovalRequest')
  @TextArgs({ reason: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'The applicant revokes an approved request within the template’s window (APPROVAL_REVOKE_WINDOW_CLOSED after it).' })
  revokeApprovalRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why (required).' }) reason: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.revokeRequest(ctx, id, { reason, version });
  }

  @Can('comment', 'ApprovalRequest')
  @TextArgs({ text: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'Comments on a request the caller can read, perhaps @mentioning colleagues (who may then read it).' })
  commentOnApprovalRequest(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('text', () => String, { description: 'The comment.' }) text: string,
    @Arg('mentionedIds', () => [ID], { nullable: true, description: 'People mentioned (at most 20).' }) mentionedIds?: string[] | null,
  ): Promise<ApprovalRequest> {
    return requests.commentOnRequest(ctx, id, { text, mentionedIds });
  }

  @Can('remind', 'ApprovalRequest')
  @Mutation(() => ApprovalRequest, { description: 'The applicant urges the approvers whose turn it is (once every 10 minutes: APPROVAL_REMIND_TOO_SOON).' })
  remindApprovalRequest(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApprovalRequest> {
    return requests.remindApprovers(ctx, id);
  }

  @FieldResolver(() => ApprovalTemplate, { nullable: true, description: 'The template (null if the caller may not read it).' })
  template(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): ApprovalTemplate | null | Promise<ApprovalTemplate | null> {
    return ctx.load(reads.readableTemplateById, request.template.id);
  }

  @FieldResolver(() => Int, { description: 'The template version it follows.' })
  async templateVersion(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<number> {
    return (await ctx.loader(reads.versionById).load(request.templateVersion.id))!.number;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who asked (null if the caller may not see them).' })
  applicant(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Person | null | Promise<Person | null> {
    return ctx.load(personById, request.applicant.id);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department it was made from (null if none, or hidden from the caller).' })
  department(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Department | null | Promise<Department | null> {
    return request.department ? ctx.load(departmentById, request.department.id) : null;
  }

  @FieldResolver(() => BoundedJSONObject, { description: 'The form values, without the fields hidden from the caller at their step.' })
  async values(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<FormValues> {
    const hidden = await hiddenFields(ctx, request);
    return Object.fromEntries(Object.entries(request.values).filter(([key]) => !hidden.has(key)));
  }

  @FieldResolver(() => BoundedJSONObject, { description: 'What was derived from the values, by field key: totals of tables ({total}) and working time of date ranges ({workingDays, workingHours}).' })
  async computed(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<Record<string, unknown>> {
    const hidden = await hiddenFields(ctx, request);
    return Object.fromEntries(Object.entries(request.computed).filter(([key]) => !hidden.has(key)));
  }

  @FieldResolver(() => ApprovalDefinition, { description: 'The form, flow and policies of the version it follows.' })
  async definition(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalDefinition> {
    return (await ctx.loader(reads.versionById).load(request.templateVersion.id))!.definition;
  }

  @FieldResolver(() => ApprovalRoute, { description: 'Its route as resolved at (re)submission, with where each step stands.' })
  route(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalRoute> {
    return routeView(ctx, request.route, request);
  }

  @FieldResolver(() => [ApprovalTask], { description: 'Its tasks, every round, in order.' })
  tasks(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalTask[]> {
    return ctx.loader(reads.tasksByRequest).load(request.id);
  }

  @FieldResolver(() => ApprovalTask, { nullable: true, description: 'The caller’s task to decide now on this request, if any.' })
  async myPendingTask(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalTask | null> {
    const me = ctx.actor?.personId;
    return (await ctx.loader(reads.tasksByRequest).load(request.id)).find((t) => t.assignee.id === me && t.status === ApprovalTaskStatus.PENDING) ?? null;
  }

  @FieldResolver(() => [ApprovalActivity], { description: 'What happened, oldest first.' })
  timeline(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalActivity[]> {
    return ctx.loader(reads.timelineByRequest).load(request.id);
  }

  @FieldResolver(() => [String], { description: 'The verbs its state allows now, whether or not the caller may use them.' })
  nextVerbs(@Root() request: ApprovalRequest): string[] {
    return requestTransitions.verbsFrom(request.status).filter((verb) => verb !== 'advance');
  }

  @FieldResolver(() => ApprovalRequestPermissions, { description: 'What the caller may do with this request now.' })
  async viewerCan(@Root() request: ApprovalRequest, @Ctx() ctx: RequestContext): Promise<ApprovalRequestPermissions> {
    const mine = ctx.actor?.personId === request.applicant.id;
    const subject = requests.requestSubject(request, await ctx.loader(reads.participantIdsByRequest).load(request.id));
    const may = (verb: string, status: ApprovalRequestStatus[]) => mine && status.includes(request.status) && ctx.can(verb, 'ApprovalRequest', subject);
    return {
      withdraw: may('withdraw', [ApprovalRequestStatus.RUNNING, ApprovalRequestStatus.RETURNED]),
      revoke: may('revoke', [ApprovalRequestStatus.APPROVED]) && requests.withinRevokeWindow(request, ctx.now()),
      resubmit: may('submit', [ApprovalRequestStatus.RETURNED]),
      remind: may('remind', [ApprovalRequestStatus.RUNNING]),
      comment: Boolean(ctx.actor) && ctx.can('comment', 'ApprovalRequest', subject),
    };
  }
}

function chosenMap(chosen: ChosenApproversInput[] | null | undefined): Record<string, string[]> | null {
  return chosen ? Object.fromEntries(chosen.map((c) => [c.nodeId, c.personIds])) : null;
}

function submitData(input: SubmitApprovalRequestInput): requests.SubmitData {
  return { templateId: input.templateId, values: input.values, chosenApprovers: chosenMap(input.chosenApprovers), departmentId: input.departmentId };
}

/** Fields hidden from the caller: those hidden at every step where they have a task (applicants and readers by role see all). */
async function hiddenFields(ctx: RequestContext, request: ApprovalRequest): Promise<Set<string>> {
  const me = ctx.actor?.personId;
  if (!me || me === request.applicant.id) return new Set();
  const mine = (await ctx.loader(reads.tasksByRequest).load(request.id)).filter((t) => t.assignee.id === me);
  if (mine.length === 0) return new Set();
  const perNode = mine.map((t) => new Set((stepById(request.route.steps, t.nodeId)?.fieldPermissions ?? []).filter((p) => p.access === FieldAccess.HIDDEN).map((p) => p.field)));
  return new Set([...perNode[0]].filter((field) => perNode.every((set) => set.has(field))));
}

// ——— Tasks ———

/** Where an added signer goes. */
export enum ApprovalSignerPosition {
  BEFORE = 'BEFORE',
  AFTER = 'AFTER',
  PARALLEL = 'PARALLEL',
}
registerEnumType(ApprovalSignerPosition, {
  name: 'ApprovalSignerPosition',
  description:
    'BEFORE: the signer decides first, then the task returns to the caller; AFTER: the signer decides once the caller approved; PARALLEL: alongside the caller. Added signers must approve whatever the node’s mode.',
});

/** Which of the caller's tasks to list. */
export enum ApprovalTaskBox {
  PENDING = 'PENDING',
  DONE = 'DONE',
}
registerEnumType(ApprovalTaskBox, { name: 'ApprovalTaskBox', description: 'PENDING: the caller’s to decide now (oldest first); DONE: decided by the caller (latest first).' });

@InputType({ description: 'Which of the caller’s tasks to list.' })
export class MyApprovalTaskFilter {
  @Field(() => ApprovalTaskBox, { defaultValue: ApprovalTaskBox.PENDING, description: 'Pending or done.' })
  box: ApprovalTaskBox = ApprovalTaskBox.PENDING;

  @Field(() => ID, { nullable: true, description: 'Only on this template.' })
  templateId?: string | null;
}

@ObjectType({ description: 'A page of approval tasks.' })
export class ApprovalTaskList extends ListOf(ApprovalTask, 'ApprovalTaskList', 'A page of approval tasks.') {}

@InputType({ description: 'An approval.' })
export class ApproveApprovalTaskInput {
  @Field(() => String, { nullable: true, description: 'A comment (optional).' })
  @LongText(2000)
  comment?: string | null;

  @Field(() => BoundedJSONObject, { nullable: true, description: 'Changes to fields this step lets its approvers edit.' })
  values?: FormValues | null;
}

@Resolver(() => ApprovalTask)
export class ApprovalTaskResolver {
  @Can('read', 'ApprovalTask')
  @Query(() => ApprovalTaskList, { description: 'The caller’s tasks: pending ones (oldest first) or those they decided.' })
  myApprovalTasks(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => MyApprovalTaskFilter, { nullable: true }) filter: MyApprovalTaskFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ApprovalTaskList> {
    const request = selectedFieldsAt(info, ['items', 'request']);
    const links = { request: request.size > 0, applicant: request.has('applicant'), department: request.has('department'), template: request.has('template') };
    return reads.listMyTasks(ctx, { box: filter?.box ?? ApprovalTaskBox.PENDING, templateId: filter?.templateId }, page, links);
  }

  @Can('read', 'ApprovalRequest')
  @Query(() => ApprovalTask, { description: 'One task (NOT_FOUND unless the caller may read its request: a task is read with its request).' })
  approvalTask(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ApprovalTask> {
    return requests.taskById(ctx, id);
  }

  @Can('approve', 'ApprovalTask')
  @Mutation(() => ApprovalRequest, { description: 'Approves the caller’s pending task; the request moves on (or finishes). FORBIDDEN unless it is the caller’s task.' })
  approveApprovalTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ApproveApprovalTaskInput, { nullable: true }) input: ApproveApprovalTaskInput | null,
    @Arg('version', () => Int, { nullable: true, description: 'The request version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.approveTask(ctx, id, { comment: input?.comment, values: input?.values, version });
  }

  @Can('approve', 'ApprovalTask')
  @TextArgs({ reason: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'Rejects the caller’s pending task with a reason (required).' })
  rejectApprovalTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Arg('version', () => Int, { nullable: true, description: 'The request version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.rejectTask(ctx, id, { comment: reason, version });
  }

  @Can('approve', 'ApprovalTask')
  @TextArgs({ comment: { max: 2000, multiline: true } })
  @Mutation(() => [ApprovalRequest], { description: 'Approves several of the caller’s pending tasks at once: all, or none (the error names the task that could not be approved).' })
  approveApprovalTasks(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'The tasks (at most 100).' }) ids: string[],
    @Arg('comment', () => String, { nullable: true, description: 'A comment for all of them.' }) comment?: string | null,
  ): Promise<ApprovalRequest[]> {
    return requests.approveTasks(ctx, ids, comment);
  }

  @Can('approve', 'ApprovalTask')
  @TextArgs({ reason: { max: 2000, multiline: true }, toNodeId: { max: 50 } })
  @Mutation(() => ApprovalRequest, { description: 'Sends the request back with a reason: to the applicant (toNodeId omitted) or to an earlier approval step it passed.' })
  returnApprovalTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why.' }) reason: string,
    @Arg('toNodeId', () => String, { nullable: true, description: 'The earlier step; omitted: the applicant.' }) toNodeId?: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The request version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.returnTask(ctx, id, { toNodeId, reason, version });
  }

  @Can('approve', 'ApprovalTask')
  @TextArgs({ comment: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'Hands the caller’s pending task to someone else, who decides instead.' })
  transferApprovalTask(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('toPersonId', () => ID, { description: 'The new assignee.' }) toPersonId: string,
    @Arg('comment', () => String, { nullable: true, description: 'Why (optional).' }) comment?: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The request version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.transferTask(ctx, id, { toPersonId, comment, version });
  }

  @Can('approve', 'ApprovalTask')
  @TextArgs({ comment: { max: 2000, multiline: true } })
  @Mutation(() => ApprovalRequest, { description: 'Adds a signer to the caller’s step: before, after or alongside them.' })
  addApprovalSigner(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The caller’s pending task.' }) id: string,
    @Arg('personId', () => ID, { description: 'The signer.' }) personId: string,
    @Arg('position', () => ApprovalSignerPosition, { description: 'Where they sign.' }) position: ApprovalSignerPosition,
    @Arg('comment', () => String, { nullable: true, description: 'Why (optional).' }) comment?: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The request version the caller saw.' }) version?: number | null,
  ): Promise<ApprovalRequest> {
    return requests.addSigner(ctx, id, { personId, position, comment, version });
  }

  @FieldResolver(() => ApprovalRequest, { nullable: true, description: 'The request (null if the caller may not read it).' })
  request(@Root() task: ApprovalTask, @Ctx() ctx: RequestContext): ApprovalRequest | null | Promise<ApprovalRequest | null> {
    return ctx.load(reads.readableRequestById, task.request.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who decides (null if the caller may not see them).' })
  assignee(@Root() task: ApprovalTask, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loader(personById).load(task.assignee.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who added this signer, if an approver did.' })
  addedBy(@Root() task: ApprovalTask, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return task.addedBy ? ctx.loader(personById).load(task.addedBy.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who had the task before it was transferred or escalated.' })
  transferredFrom(@Root() task: ApprovalTask, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return task.transferredFrom ? ctx.loader(personById).load(task.transferredFrom.id) : null;
  }
}

@Resolver(() => ApprovalActivity)
export class ApprovalActivityResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who did it; null for the engine (a policy or time limit) or if the caller may not see them.' })
  actor(@Root() activity: ApprovalActivity, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return activity.actor ? ctx.loader(personById).load(activity.actor.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whom it concerned: the new assignee, the added signer, the one approved automatically.' })
  target(@Root() activity: ApprovalActivity, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return activity.target ? ctx.loader(personById).load(activity.target.id) : null;
  }

  @FieldResolver(() => BoundedJSONObject, { nullable: true, description: 'Details: the step returned to (toNodeId), where a signer was added (position), who was copied (personIds) …' })
  details(@Root() activity: ApprovalActivity): Record<string, unknown> | null {
    return activity.details;
  }
}
