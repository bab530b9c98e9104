import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
import { entryReferences } from './audit-references.js';
import * as audit from './audit.service.js';
import { Text } from '../../core/graphql/text.js';

@ObjectType({ description: 'A page of audit entries.' })
export class AuditEntryList extends ListOf(AuditEntry, 'AuditEntryList', 'A page of audit entries.') {}

@InputType({ description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Only changes by this person.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes to this record type, e.g. Department.' })
  @Text(60)
  targetType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only changes to this record.' })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only actions starting with this, e.g. "org." or "access.role".' })
  @Text(120)
  actionPrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. org.department.moved (see auditActions).' })
  @Text(120)
  action?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only entries about this department: the department itself, the people who have a position in it now, and changes whose before/after values name it (a department moved into or out of it, a position in it, a role scoped to it). Not its sub-departments.',
  })
  departmentId?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this time (exclusive).' })
  to?: Date | null;
}

@ObjectType({ description: 'A record an audit entry names (its actor, its target, or an id in its before/after values), with its name as of now.' })
export class AuditReference {
  @Field(() => ID, { description: 'The record’s id.' })
  id!: string;

  @Field(() => String, { description: 'The record’s type: Person, Department, Role or JobRank.' })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Its name now (for a person, their display name), even when archived. Null when the caller may not read the record or it no longer exists: show what the entry recorded at the time (actorName, targetLabel) instead.',
  })
  name!: string | null;

  @Field(() => Boolean, { description: 'Whether the record is archived (a department archived, a person who left); false when the name is null.' })
  archived!: boolean;
}

@ObjectType({ description: 'Whether the audit chain is intact.' })
export class AuditChainVerification {
  @Field(() => Boolean, { description: 'True when every entry matches its hash and links to the one before.' })
  valid!: boolean;

  @Field(() => Int, { description: 'How many entries this call re-hashed.' })
  checkedEntries!: number;

  @Field(() => Int, { description: 'The chain is known good up to this sequence (0: nothing verified yet).' })
  verifiedThroughSequence!: number;

  @Field(() => Int, { description: 'Entries up to this sequence were deleted by the retention policy after being verified (0: none).' })
  prunedThroughSequence!: number;

  @Field(() => Boolean, { description: 'Whether verification reached the newest entry. If not (a long log is verified in steps), call again to go on.' })
  complete!: boolean;

  @Field(() => Int, { nullable: true, description: 'The first entry that does not verify.' })
  firstBrokenSequence!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it does not verify: ENTRY_MISSING, LINK_BROKEN, CONTENT_ALTERED or NEWEST_MISSING.',
  })
  reasonCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The same, described in English (for logs).' })
  reason!: string | null;
}

/** The audit log and its verification. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Can('read', 'AuditEntry')
  @Query(() => AuditEntryList, { description: 'The audit log, newest first.' })
  auditEntries(@Ctx() ctx: RequestContext, @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null, @Args(() => PageArgs) page: PageArgs): Promise<AuditEntryList> {
    return audit.listAuditEntries(ctx, filter ?? {}, page);
  }

  @Can('read', 'AuditEntry')
  @Query(() => [String], { description: 'The actions (event types) the audit log records, sorted: the choices of the action filter.' })
  auditActions(): string[] {
    return audit.auditedActions();
  }

  @FieldResolver(() => [AuditReference], {
    description:
      'The records this entry names — its actor, its target and every id in before/after — with their names now, resolved when read (the entry itself never changes). A record the caller may not read has a null name.',
  })
  references(@Root() entry: AuditEntry, @Ctx() ctx: RequestContext): Promise<AuditReference[]> {
    return entryReferences(ctx, entry);
  }

  @Can('verify', 'AuditEntry')
  @Query(() => AuditChainVerification, {
    description:
      'Recomputes the audit log’s hash chain from where it was last verified, in steps (20,000 entries per call unless the installation says otherwise; call again while `complete` is false). With `full`, starts again from the oldest entry kept, so that older entries are re-checked too.',
  })
  verifyAuditChain(
    @Ctx() ctx: RequestContext,
    @Arg('full', () => Boolean, { defaultValue: false, description: 'Re-verify from the oldest entry kept instead of from the last verified one.' }) full: boolean,
  ): Promise<AuditChainVerification> {
    return audit.verifyAuditChain(ctx, full);
  }
}
