import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { AttendanceGroup } from './attendance-group.entity.js';
import { AttendancePlace } from './attendance-place.entity.js';

/** How a punch proved where it was made. */
export enum PunchMethod {
  WIFI = 'WIFI',
  GPS = 'GPS',
  IP = 'IP',
  OFFSITE = 'OFFSITE',
}
registerEnumType(PunchMethod, {
  name: 'PunchMethod',
  description: 'WIFI: the phone saw an access point of the place; GPS: inside its geofence; IP: sent from its network; OFFSITE: at no allowed place (accepted by the group’s policy).',
});

/** Doubts about a punch, kept with it for the exception report. */
export enum PunchFlag {
  OFFSITE = 'OFFSITE',
  OFFLINE = 'OFFLINE',
  CLOCK_SKEW = 'CLOCK_SKEW',
  MOCK_LOCATION = 'MOCK_LOCATION',
  POOR_ACCURACY = 'POOR_ACCURACY',
}
registerEnumType(PunchFlag, {
  name: 'PunchFlag',
  description:
    'OFFSITE: away from every place; OFFLINE: made offline and sent later (its time is the phone’s, checked against receipt); CLOCK_SKEW: the phone’s clock was off, so the server’s time was used; MOCK_LOCATION: the phone reported a simulated location; POOR_ACCURACY: the location fix was coarser than the geofence.',
});

/**
 * One punch: a fact, never changed. Only the evidence needed is kept (PDPO): the place matched, the distance, the
 * method and the flags; raw coordinates only where the group's policy says, until a job erases them.
 */
@ObjectType({ description: 'A punch (clock-in or clock-out): when, where it was proved, and any doubts. Never changed once made.' })
@Entity({ tableName: 'attendance_punch' })
@Unique({ properties: ['tenantId', 'person', 'clientPunchId'] })
@Index({ properties: ['tenantId', 'person', 'workDate'] })
@Index({ properties: ['tenantId', 'workDate'] })
@Index({ properties: ['tenantId', 'coordinatesEraseAt'] })
export class AttendancePunch extends TenantEntity<
  'departmentId' | 'group' | 'place' | 'distanceMeters' | 'accuracyMeters' | 'flags' | 'needsApproval' | 'remark' | 'photoRef' | 'latitude' | 'longitude' | 'coordinatesEraseAt'
> {
  @Field(() => ID, { description: 'Punch id.' })
  declare id: string;

  /** Who punched (exposed through AttendancePunchResolver.person). */
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Their primary department when they punched, so department managers' rules find it. */
  @Property({ type: 'uuid', nullable: true })
  departmentId: string | null = null;

  /** The group whose rules judged it. */
  @ManyToOne(() => AttendanceGroup, { nullable: true, deleteRule: 'set null' })
  group: Rel<AttendanceGroup> | null = null;

  @Field(() => String, { description: 'The id the phone gave it: sending the same punch again returns this one.' })
  @Property({ type: 'string', length: 64 })
  clientPunchId!: string;

  @Field(() => Date, { description: 'When it was made (an offline punch: the phone’s time, checked against receipt).' })
  @Property({ type: 'datetime' })
  punchedAt!: Date;

  @Field(() => Date, { description: 'When the server received it.' })
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => String, { description: 'The work day it belongs to (YYYY-MM-DD; an overnight shift’s punches belong to the day it starts).' })
  @Property({ type: 'date' })
  workDate!: string;

  @Field(() => PunchMethod, { description: 'How it proved where it was made.' })
  @Enum({ items: () => PunchMethod })
  method!: PunchMethod;

  /** The place it matched (exposed through AttendancePunchResolver.place). */
  @ManyToOne(() => AttendancePlace, { nullable: true, deleteRule: 'set null' })
  place: Rel<AttendancePlace> | null = null;

  @Field(() => Int, { nullable: true, description: 'Metres from the matched place’s centre (OFFSITE: from the nearest place), when a location was sent.' })
  @Property({ type: 'integer', nullable: true })
  distanceMeters: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The location fix’s reported accuracy, in metres.' })
  @Property({ type: 'integer', nullable: true })
  accuracyMeters: number | null = null;

  @Field(() => [PunchFlag], { description: 'Doubts about it.' })
  @Property({ type: 'json' })
  flags: PunchFlag[] = [];

  @Field(() => Boolean, {
    description: 'An off-site punch of a group whose off-site punches need approval: it counts once its OFFSITE_PUNCH request (attendanceRequests) is approved.',
  })
  @Property({ type: 'boolean', default: false })
  needsApproval: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why it was made off-site (or any note).' })
  @Property({ type: 'string', length: 500, nullable: true })
  remark: string | null = null;

  @Field(() => String, { nullable: true, description: 'Reference of a photo taken with it (an attachment id of the drive).' })
  @Property({ type: 'string', length: 200, nullable: true })
  photoRef: string | null = null;

  @Field(() => Float, { nullable: true, description: 'Raw latitude, kept only where the group’s policy says and erased after its retention period.' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: 'Raw longitude (as latitude).' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => Date, { nullable: true, description: 'When the raw coordinates will be erased; null when none are kept.' })
  @Property({ type: 'datetime', nullable: true })
  coordinatesEraseAt: Date | null = null;
}

/** A member's acknowledgement of a group's monitoring notice (one per notice version). */
@Entity({ tableName: 'attendance_notice_acknowledgement' })
@Unique({ properties: ['group', 'person', 'noticeVersion'] })
export class AttendanceNoticeAcknowledgement extends TenantEntity {
  @ManyToOne(() => AttendanceGroup, { deleteRule: 'cascade' })
  group!: Rel<AttendanceGroup>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'integer' })
  noticeVersion!: number;
}
