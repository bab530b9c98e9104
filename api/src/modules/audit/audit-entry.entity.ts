import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BoundedJSONObject } from '../../core/graphql/json-object.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/**
 * One audited change. Entries of a tenant form a hash chain: `hash` covers the entry's content and the previous
 * entry's hash, so editing or deleting any entry breaks every hash after it.
 */
@ObjectType({ description: 'An entry of the tamper-evident audit log: who changed what, when and from where.' })
@Entity({ tableName: 'audit_entry' })
@Unique({ properties: ['tenantId', 'sequence'] })
@Index({ properties: ['tenantId', 'targetType', 'targetId'] })
@Index({ properties: ['tenantId', 'actorId'] })
export class AuditEntry extends TenantEntity<'actorId' | 'actorName' | 'targetLabel' | 'before' | 'after' | 'ip' | 'userAgent' | 'previousHash'> {
  @Field(() => ID, { description: 'Entry id.' })
  declare id: string;

  @Field(() => Int, { description: 'Position in the organisation’s chain (from 1).' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  sequence!: number;

  @Field(() => Date, { description: 'When it happened.' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The person who did it (null for the system).' })
  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Their name at the time.' })
  @Property({ type: 'string', length: 200, nullable: true })
  actorName: string | null = null;

  @Field(() => String, { description: 'What happened, e.g. org.department.moved.' })
  @Property({ type: 'string', length: 120 })
  action!: string;

  @Field(() => String, { description: 'Type of the changed record, e.g. Department.' })
  @Property({ type: 'string', length: 60 })
  targetType!: string;

  @Field(() => ID, { description: 'Id of the changed record.' })
  @Property({ type: 'uuid' })
  targetId!: string;

  @Field(() => String, { nullable: true, description: 'Name of the changed record at the time, e.g. the department’s name.' })
  @Property({ type: 'string', length: 200, nullable: true })
  targetLabel: string | null = null;

  @Field(() => BoundedJSONObject, { nullable: true, description: 'Values before the change (sensitive values redacted).' })
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  @Field(() => BoundedJSONObject, { nullable: true, description: 'Values after the change (sensitive values redacted).' })
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;

  @Field(() => String, { nullable: true, description: 'IP address the request came from.' })
  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Field(() => String, { nullable: true, description: 'Client (user agent).' })
  @Property({ type: 'string', length: 300, nullable: true })
  userAgent: string | null = null;

  @Field(() => String, { description: 'Id of the request, to correlate with logs.' })
  @Property({ type: 'uuid' })
  requestId!: string;

  @Field(() => String, { nullable: true, description: 'Hash of the previous entry (null for the first).' })
  @Property({ type: 'string', length: 64, nullable: true })
  previousHash: string | null = null;

  @Field(() => String, { description: 'SHA-256 over this entry and previousHash.' })
  @Property({ type: 'string', length: 64 })
  hash!: string;
}

/**
 * The newest entry of each tenant's chain. Appending locks this row until commit, which serialises the organisation's
 * audited changes (and only those: facts that are only streamed never touch it), so the chain follows commit order.
 */
@Entity({ tableName: 'audit_chain_head' })
export class AuditChainHead {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  sequence: number = 0;

  @Property({ type: 'string', length: 64, nullable: true })
  hash: string | null = null;
}

/**
 * How far each organisation's chain is known good, and where it now starts. Verification resumes after
 * `verifiedSequence` (whose hash is `verifiedHash`) instead of re-hashing the whole log on every call; retention
 * deletes verified entries from the oldest on and keeps the last one it deleted (`prunedSequence`, `prunedHash`) as
 * the anchor the oldest kept entry must link to.
 */
@Entity({ tableName: 'audit_chain_checkpoint' })
export class AuditChainCheckpoint {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  verifiedSequence: number = 0;

  @Property({ type: 'string', length: 64, nullable: true })
  verifiedHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  prunedSequence: number = 0;

  @Property({ type: 'string', length: 64, nullable: true })
  prunedHash: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  prunedAt: Date | null = null;
}
