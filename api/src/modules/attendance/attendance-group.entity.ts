import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { MakeUpPunchType } from './attendance-request.entity.js';
import { AttendanceShift } from './attendance-shift.entity.js';

/** How a group's overtime is counted on a day. */
export enum OvertimeMode {
  NONE = 'NONE',
  APPROVAL = 'APPROVAL',
  APPROVAL_AND_PUNCHES = 'APPROVAL_AND_PUNCHES',
  PUNCHES = 'PUNCHES',
}
registerEnumType(OvertimeMode, {
  name: 'OvertimeMode',
  description:
    'NONE: no overtime; APPROVAL: the approved overtime requests’ hours; APPROVAL_AND_PUNCHES: the approved hours, as far as the punches show them worked; PUNCHES: the time punched past the shift’s end (all of a day off’s), without requests.',
});

/** Who keeps which attendance rules: members, places, hours, and the policies for off-site and offline punches. */
@ObjectType({ description: 'An attendance group: its members (by department or person), where and when they punch, and its policies.' })
@Entity({ tableName: 'attendance_group' })
@Index({ properties: ['tenantId', 'name'] })
export class AttendanceGroup extends TenantEntity<
  | 'timeZone'
  | 'departmentIds'
  | 'personIds'
  | 'excludedPersonIds'
  | 'placeIds'
  | 'shift'
  | 'rostered'
  | 'offsiteAllowed'
  | 'offsiteRequiresRemark'
  | 'offsiteRequiresPhoto'
  | 'offsiteNeedsApproval'
  | 'keepCoordinates'
  | 'coordinatesRetentionDays'
  | 'offlineWindowMinutes'
  | 'maxPunchesPerDay'
  | 'monitoringNotice'
  | 'noticeVersion'
  | 'makeUpPerMonth'
  | 'makeUpDeadlineDays'
  | 'makeUpTypes'
  | 'overtimeMode'
  | 'overtimeMinimumMinutes'
  | 'version'
> {
  @Field(() => ID, { description: 'Group id.' })
  declare id: string;

  @Field(() => String, { description: 'Name, e.g. 地盤員工.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone its days are counted in; null: the working calendar’s.' })
  @Property({ type: 'string', length: 64, nullable: true })
  timeZone: string | null = null;

  @Field(() => [ID], { description: 'Departments whose members (sub-departments included) belong to the group.' })
  @Property({ type: 'json' })
  departmentIds: string[] = [];

  @Field(() => [ID], { description: 'People who belong to the group whatever their department (this wins over another group’s department).' })
  @Property({ type: 'json' })
  personIds: string[] = [];

  @Field(() => [ID], { description: 'People left out although their department is in the group.' })
  @Property({ type: 'json' })
  excludedPersonIds: string[] = [];

  @Field(() => [ID], { description: 'Places its members may punch at.' })
  @Property({ type: 'json' })
  placeIds: string[] = [];

  /** The hours its members keep (exposed through AttendanceGroupResolver.shift); null: punches count on their calendar day. */
  @ManyToOne(() => AttendanceShift, { nullable: true, deleteRule: 'set null' })
  shift: Rel<AttendanceShift> | null = null;

  @Field(() => Boolean, { description: 'Whether members work the shifts of a roster, day by day, instead of the group’s shift (a day without an entry is a rest day).' })
  @Property({ type: 'boolean' })
  rostered: boolean = false;

  @Field(() => Boolean, { description: 'Whether a punch away from every place is accepted (flagged OFFSITE) rather than refused.' })
  @Property({ type: 'boolean' })
  offsiteAllowed: boolean = false;

  @Field(() => Boolean, { description: 'An off-site punch must say why (remark).' })
  @Property({ type: 'boolean' })
  offsiteRequiresRemark: boolean = true;

  @Field(() => Boolean, { description: 'An off-site punch must carry a photo.' })
  @Property({ type: 'boolean' })
  offsiteRequiresPhoto: boolean = false;

  @Field(() => Boolean, {
    description: 'An off-site punch counts only once approved: it is recorded with a remark, and an OFFSITE_PUNCH request goes to the organisation’s off-site punch approval.',
  })
  @Property({ type: 'boolean', default: false })
  offsiteNeedsApproval: boolean = false;

  @Field(() => Boolean, { description: 'Whether punches keep their raw coordinates (PDPO: off unless needed); kept ones are erased after coordinatesRetentionDays.' })
  @Property({ type: 'boolean' })
  keepCoordinates: boolean = false;

  @Field(() => Int, { description: 'Days raw coordinates are kept before a job erases them (1–365).' })
  @Property({ type: 'integer' })
  coordinatesRetentionDays: number = 30;

  @Field(() => Int, { description: 'How old an offline punch may be when it reaches the server (minutes, 0–10080); older ones are refused.' })
  @Property({ type: 'integer' })
  offlineWindowMinutes: number = 1440;

  @Field(() => Int, { description: 'Most punches a person may make in one work day (1–50).' })
  @Property({ type: 'integer' })
  maxPunchesPerDay: number = 10;

  @Field(() => String, { nullable: true, description: 'What is monitored and why (PDPO notice); members acknowledge it once before their first punch, and again when it changes.' })
  @Property({ type: 'text', nullable: true })
  monitoringNotice: string | null = null;

  @Field(() => Int, { description: 'Goes up whenever the notice text changes, so members acknowledge the new text.' })
  @Property({ type: 'integer' })
  noticeVersion: number = 0;

  @Field(() => Int, { description: 'Make-up punch requests a member may make in one month (0–31; 0: none).' })
  @Property({ type: 'integer', default: 3 })
  makeUpPerMonth: number = 3;

  @Field(() => Int, { description: 'How many working days after the work day a make-up punch may still be requested (0–31).' })
  @Property({ type: 'integer', default: 3 })
  makeUpDeadlineDays: number = 3;

  @Field(() => [MakeUpPunchType], { description: 'Which punches may be made up (clock-in, clock-out or both).' })
  @Property({ type: 'json', defaultRaw: `'["IN","OUT"]'::jsonb` })
  makeUpTypes: MakeUpPunchType[] = [MakeUpPunchType.IN, MakeUpPunchType.OUT];

  @Field(() => OvertimeMode, { description: 'How overtime is counted.' })
  @Enum({ items: () => OvertimeMode, default: OvertimeMode.NONE })
  overtimeMode: OvertimeMode = OvertimeMode.NONE;

  @Field(() => Int, { description: 'Overtime shorter than this (minutes, 0–240) on a day does not count.' })
  @Property({ type: 'integer', default: 30 })
  overtimeMinimumMinutes: number = 30;

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
