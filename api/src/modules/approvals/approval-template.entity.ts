import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { ApprovalDefinition, LocalizedText } from './definition.js';

/** Whether a template can be used. */
export enum ApprovalTemplateStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}
registerEnumType(ApprovalTemplateStatus, {
  name: 'ApprovalTemplateStatus',
  description: 'DRAFT: never published, nobody can submit; ACTIVE: staff submit requests on its published version; DISABLED: no new requests (running ones go on).',
});

/**
 * A kind of request staff can make (leave, expense …): its working draft and, once published, numbered versions that
 * requests stay on.
 */
@ObjectType({ description: 'A kind of request staff make (leave, expense, procurement …), with its form and approval flow.' })
@Entity({ tableName: 'approval_template' })
@Unique({ properties: ['tenantId', 'key'] })
@Index({ properties: ['tenantId', 'status'] })
export class ApprovalTemplate extends TenantEntity<'key' | 'category' | 'status' | 'publishedVersion' | 'ownerModule' | 'version' | 'description' | 'publishedAt'> {
  @Field(() => ID, { description: 'Template id.' })
  declare id: string;

  @Field(() => String, { nullable: true, description: 'Stable key of a library template (e.g. leave), or of one a module created; null for the organisation’s own.' })
  @Property({ type: 'string', length: 50, nullable: true })
  key: string | null = null;

  /** Names in the console's languages (read through the resolver's `name` and `names`). */
  @Field(() => LocalizedText, { description: 'The name in each language.' })
  @Property({ type: 'json' })
  names!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: 'What it is for, in each language.' })
  @Property({ type: 'json', nullable: true })
  description: LocalizedText | null = null;

  @Field(() => String, { nullable: true, description: 'A grouping for lists, e.g. HR, FINANCE, OPERATIONS.' })
  @Property({ type: 'string', length: 50, nullable: true })
  category: string | null = null;

  @Field(() => ApprovalTemplateStatus, { description: 'Whether staff can submit requests on it.' })
  @Enum({ items: () => ApprovalTemplateStatus, default: ApprovalTemplateStatus.DRAFT })
  status: ApprovalTemplateStatus = ApprovalTemplateStatus.DRAFT;

  @Field(() => ApprovalDefinition, { description: 'The working draft the designer edits; publishing makes it the next version.' })
  @Property({ type: 'json' })
  draft!: ApprovalDefinition;

  @Field(() => Int, { nullable: true, description: 'The number of the version new requests use; null before the first publication.' })
  @Property({ type: 'integer', nullable: true })
  publishedVersion: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When the current version was published.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The module whose requests use it (e.g. attendance for leave): it can be disabled but not deleted.' })
  @Property({ type: 'string', length: 50, nullable: true })
  ownerModule: string | null = null;

  @Field(() => Date, { description: 'When it was created.' })
  declare createdAt: Date;

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** One published version of a template: what requests made on it follow, unchanged by later edits. */
@ObjectType({ description: 'A published version of a template; requests stay on the version they were submitted on.' })
@Entity({ tableName: 'approval_template_version' })
@Unique({ properties: ['template', 'number'] })
export class ApprovalTemplateVersion extends TenantEntity<'publishedBy'> {
  @Field(() => ID, { description: 'Version id.' })
  declare id: string;

  @ManyToOne(() => ApprovalTemplate, { deleteRule: 'cascade' })
  template!: Rel<ApprovalTemplate>;

  @Field(() => Int, { description: 'Version number, from 1.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => ApprovalDefinition, { description: 'The form, flow and policies of this version.' })
  @Property({ type: 'json' })
  definition!: ApprovalDefinition;

  /** Who published it. */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  publishedBy: Rel<Person> | null = null;

  @Field(() => Date, { description: 'When it was published.' })
  declare createdAt: Date;
}

/**
 * Which library templates (by key) an organisation has been offered, so that one its admin deleted is never offered
 * again and a template added to the library later reaches existing organisations once.
 */
@Entity({ tableName: 'approval_library_offer' })
@Unique({ properties: ['tenantId'] })
export class ApprovalLibraryOffer extends TenantEntity {
  @Property({ type: 'json' })
  keys!: string[];
}
