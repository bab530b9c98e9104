import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../database/base.entity.js';

/** Where a text is (changed only by the verbs in sms.transitions.ts). */
export enum SmsStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(SmsStatus, {
  name: 'SmsStatus',
  description:
    'QUEUED: waiting to be sent (first try, a retry after a failure, or the recipient’s hourly limit); SENT: the provider accepted it; FAILED: refused by the provider or out of attempts — a dead letter an admin can retry.',
});

/**
 * One text to one phone, queued in the transaction of the change that caused it and sent by a job. The row is the
 * durable record: it keeps every attempt's outcome, and a failed one waits here for an admin's retry.
 */
@ObjectType({ description: 'A text message to one phone: queued, sent through the organisation’s SMS provider, or failed.' })
@Entity({ tableName: 'sms_message' })
@Unique({ properties: ['tenantId', 'key'] })
@Index({ properties: ['tenantId', 'phone', 'sentAt'] })
@Index({ properties: ['tenantId', 'createdAt'] })
export class SmsMessage extends TenantEntity<'personId' | 'status' | 'attempts' | 'lastError' | 'providerMessageId' | 'sentAt' | 'failedAt' | 'version'> {
  @Field(() => ID, { description: 'Text id; also the idempotency key the provider receives with it.' })
  declare id: string;

  @Field(() => ID, { nullable: true, description: 'The person texted, when the text is for a person of the organisation.' })
  @Property({ type: 'uuid', nullable: true })
  personId: string | null = null;

  @Field(() => String, { description: 'The number texted, in E.164 form (e.g. +85291234567).' })
  @Property({ type: 'string', length: 16 })
  phone!: string;

  @Field(() => String, { description: 'The text.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { description: 'Why it was sent, `<module>.<what>` (e.g. messaging.ding, sms.test).' })
  @Property({ type: 'string', length: 100 })
  purpose!: string;

  @Field(() => String, { description: 'The sender’s key: queueing again with the same key queues nothing new.' })
  @Property({ type: 'string', length: 200 })
  key!: string;

  @Field(() => SmsStatus, { description: 'Where the text is.' })
  @Enum({ items: () => SmsStatus, default: SmsStatus.QUEUED })
  status: SmsStatus = SmsStatus.QUEUED;

  @Field(() => Int, { description: 'Times it was handed to the provider, over all retries.' })
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: 'Why the latest failed attempt failed, if one did (kept once the text is sent).' })
  @Property({ type: 'string', length: 1000, nullable: true })
  lastError: string | null = null;

  @Field(() => String, { nullable: true, description: 'The provider’s id of the message, when it gave one.' })
  @Property({ type: 'string', length: 200, nullable: true })
  providerMessageId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the provider accepted it.' })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became a dead letter (cleared by a retry).' })
  @Property({ type: 'datetime', nullable: true })
  failedAt: Date | null = null;

  @Field(() => Date, { description: 'When it was queued.' })
  declare createdAt: Date;

  @Field(() => Int, { description: 'Changes with every change of status.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
