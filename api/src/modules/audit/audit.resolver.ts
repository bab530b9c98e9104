import { Arg, Args, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
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

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this time (exclusive).' })
  to?: Date | null;
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
@Resolver()
export class AuditResolver {
  @Can('read', 'AuditEntry')
  @Query(() => AuditEntryList, { description: 'The audit log, newest first.' })
  auditEntries(@Ctx() ctx: RequestContext, @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null, @Args(() => PageArgs) page: PageArgs): Promise<AuditEntryList> {
    return audit.listAuditEntries(ctx, filter ?? {}, page);
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
