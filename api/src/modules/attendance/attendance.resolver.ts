import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { LongText, Text, TextArgs } from '../../core/graphql/text.js';
import { Department, departmentById, Person, personById } from '../org/index.js';
import { AttendanceDay, AttendanceDayStatus } from './attendance-day.entity.js';
import { AttendanceGroup, OvertimeMode } from './attendance-group.entity.js';
import { AttendanceMonth } from './attendance-month.entity.js';
import { AttendancePlace } from './attendance-place.entity.js';
import { AttendancePunch } from './attendance-punch.entity.js';
import { MakeUpPunchType } from './attendance-request.entity.js';
import { AttendanceRosterEntry } from './attendance-roster.entity.js';
import { AttendanceShift, ShiftKind } from './attendance-shift.entity.js';
import { placeLoader, shiftLoader } from './attendance.loaders.js';
import * as rules from './attendance-rules.service.js';
import * as days from './days.service.js';
import * as months from './months.service.js';
import { payrollFile } from './payroll-export.js';
import * as punches from './punches.service.js';
import * as reports from './reports.service.js';
import * as roster from './roster.service.js';

const VERSION = { nullable: true, description: 'The version the caller saw; VERSION_CONFLICT if it changed since.' } as const;

// ——— Inputs ———

@InputType({ description: 'A place to punch at, whole (create and update send the same).' })
export class AttendancePlaceInput {
  @Field(() => String, { description: 'Name.' })
  @Text(100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Street address.' })
  @Text(300)
  address?: string | null;

  @Field(() => Float, { description: 'Latitude of the geofence centre (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude of the geofence centre (WGS 84).' })
  longitude!: number;

  @Field(() => Int, { description: 'Geofence radius in metres (100–3000).' })
  radiusMeters!: number;

  @Field(() => [String], { nullable: true, description: 'Wi-Fi BSSIDs there (aa:bb:cc:dd:ee:ff; dashes or no separators accepted).' })
  @Text(17)
  wifiBssids?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'IP ranges there (CIDR, IPv4 or IPv6).' })
  @Text(50)
  ipRanges?: string[] | null;
}

@InputType({ description: 'A break inside a shift.' })
export class ShiftBreakInput {
  @Field(() => String, { description: 'Start, HH:MM.' })
  @Text(5)
  start!: string;

  @Field(() => String, { description: 'End, HH:MM.' })
  @Text(5)
  end!: string;
}

@InputType({ description: 'A shift, whole (create and update send the same).' })
export class AttendanceShiftInput {
  @Field(() => String, { description: 'Name.' })
  @Text(100)
  name!: string;

  @Field(() => ShiftKind, { nullable: true, description: 'FIXED (default) or FLEXIBLE.' })
  kind?: ShiftKind | null;

  @Field(() => String, { description: 'Start of work, HH:MM (FLEXIBLE: the earliest start).' })
  @Text(5)
  start!: string;

  @Field(() => String, { description: 'End of work, HH:MM (FLEXIBLE: the latest end); at or before the start: the next day.' })
  @Text(5)
  end!: string;

  @Field(() => Int, { nullable: true, description: 'Minutes late that still count as on time (0–240, default 0).' })
  lateToleranceMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes early that still count as a full day (0–240, default 0).' })
  earlyLeaveToleranceMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'How long before the start punching opens (0–720, default 120).' })
  punchOpensBeforeMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'How long after the end punching stays open (0–720, default 360).' })
  punchClosesAfterMinutes?: number | null;

  @Field(() => [ShiftBreakInput], { nullable: true, description: 'Breaks (at most 5).' })
  breaks?: ShiftBreakInput[] | null;

  @Field(() => String, { nullable: true, description: 'FLEXIBLE: core hours start, HH:MM.' })
  @Text(5)
  coreStart?: string | null;

  @Field(() => String, { nullable: true, description: 'FLEXIBLE: core hours end, HH:MM.' })
  @Text(5)
  coreEnd?: string | null;

  @Field(() => Int, { nullable: true, description: 'FLEXIBLE: minutes of work required (30–1440).' })
  requiredMinutes?: number | null;
}

@InputType({ description: 'An attendance group, whole (create and update send the same); omitted policies take their defaults.' })
export class AttendanceGroupInput {
  @Field(() => String, { description: 'Name.' })
  @Text(100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone; omitted: the working calendar’s.' })
  @Text(64)
  timeZone?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Departments whose members (sub-departments included) belong.' })
  departmentIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'People who belong whatever their department.' })
  personIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'People left out.' })
  excludedPersonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Places its members may punch at.' })
  placeIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The shift its members keep; omitted: punches count on their calendar day.' })
  shiftId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Members work the shifts of a roster day by day (setAttendanceRoster) instead of the group’s shift (default false).' })
  rostered?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Accept punches away from every place, flagged OFFSITE (default false).' })
  offsiteAllowed?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'An off-site punch needs a remark (default true).' })
  offsiteRequiresRemark?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'An off-site punch needs a photo (default false).' })
  offsiteRequiresPhoto?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'An off-site punch counts only once approved (default false; needs offsiteAllowed).' })
  offsiteNeedsApproval?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Keep raw coordinates (default false).' })
  keepCoordinates?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Days raw coordinates are kept (1–365, default 30).' })
  coordinatesRetentionDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'How old an offline punch may be, in minutes (0–10080, default 1440).' })
  offlineWindowMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Most punches per work day (1–50, default 10).' })
  maxPunchesPerDay?: number | null;

  @Field(() => String, { nullable: true, description: 'The monitoring notice members acknowledge (changing it asks them again).' })
  @LongText(5000)
  monitoringNotice?: string | null;

  @Field(() => Int, { nullable: true, description: 'Make-up punch requests per member and month (0–31, default 3).' })
  makeUpPerMonth?: number | null;

  @Field(() => Int, { nullable: true, description: 'Working days after the work day a make-up punch may be requested (0–31, default 3).' })
  makeUpDeadlineDays?: number | null;

  @Field(() => [MakeUpPunchType], { nullable: true, description: 'Which punches may be made up (default both).' })
  makeUpTypes?: MakeUpPunchType[] | null;

  @Field(() => OvertimeMode, { nullable: true, description: 'How overtime is counted (default NONE).' })
  overtimeMode?: OvertimeMode | null;

  @Field(() => Int, { nullable: true, description: 'Overtime shorter than this on a day does not count (minutes, 0–240, default 30).' })
  overtimeMinimumMinutes?: number | null;
}

@InputType({ description: 'Where the phone was, as it reports it.' })
export class PunchLocationInput {
  @Field(() => Float, { description: 'Latitude (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (WGS 84).' })
  longitude!: number;

  @Field(() => Float, { description: 'Reported accuracy (radius of the confidence circle), metres.' })
  accuracyMeters!: number;

  @Field(() => Boolean, { nullable: true, description: 'The phone reports the location as simulated (mock).' })
  isMock?: boolean | null;
}

@InputType({ description: 'A punch as the phone sends it.' })
export class PunchInput {
  @Field(() => String, { description: 'The phone’s own id for this punch: sending it again returns the first punch (no double counting).' })
  @Text(64)
  clientPunchId!: string;

  @Field(() => Date, { nullable: true, description: 'The phone’s time of the punch (required when offline).' })
  deviceTime?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Made without a connection and sent now: its time is the phone’s, within the group’s offline window.' })
  offline?: boolean | null;

  @Field(() => PunchLocationInput, { nullable: true, description: 'The location fix, if location is on.' })
  location?: PunchLocationInput | null;

  @Field(() => [String], { nullable: true, description: 'BSSIDs of the Wi-Fi access points the phone sees.' })
  @Text(17)
  wifiBssids?: string[] | null;

  @Field(() => String, { nullable: true, description: 'A remark (required off-site where the group says so).' })
  @Text(500)
  remark?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of a photo taken with the punch.' })
  @Text(200)
  photoRef?: string | null;
}

@InputType({ description: 'Which punches to list.' })
export class AttendancePunchFilter {
  @Field(() => ID, { nullable: true, description: 'Only this person’s.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those made while in this (primary) department.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'First work day, YYYY-MM-DD.' })
  @Text(10)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last work day, YYYY-MM-DD.' })
  @Text(10)
  to?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only punches with a flag (off-site, offline, clock skew, mock location, poor accuracy).' })
  flagged?: boolean | null;
}

@InputType({ description: 'Which computed days to list.' })
export class AttendanceDayFilter {
  @Field(() => ID, { nullable: true, description: 'Only this person’s.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those of this (primary) department.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'First work day, YYYY-MM-DD.' })
  @Text(10)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last work day, YYYY-MM-DD.' })
  @Text(10)
  to?: string | null;

  @Field(() => AttendanceDayStatus, { nullable: true, description: 'Only days with this status.' })
  status?: AttendanceDayStatus | null;
}

// ——— Outputs ———

@ObjectType({ description: 'A page of places.' })
export class AttendancePlaceList extends ListOf(AttendancePlace, 'AttendancePlaceList', 'A page of places, by name.') {}

@ObjectType({ description: 'A page of shifts.' })
export class AttendanceShiftList extends ListOf(AttendanceShift, 'AttendanceShiftList', 'A page of shifts, by name.') {}

@ObjectType({ description: 'A page of attendance groups.' })
export class AttendanceGroupList extends ListOf(AttendanceGroup, 'AttendanceGroupList', 'A page of attendance groups, by name.') {}

@ObjectType({ description: 'A page of punches.' })
export class AttendancePunchList extends ListOf(AttendancePunch, 'AttendancePunchList', 'A page of punches, newest first.') {}

@ObjectType({ description: 'A page of computed days.' })
export class AttendanceDayList extends ListOf(AttendanceDay, 'AttendanceDayList', 'A page of computed days, latest first.') {}

@ObjectType({ description: 'The caller’s attendance set-up: the group whose rules they punch by.' })
export class MyAttendance {
  @Field(() => ID, { nullable: true, description: 'Their group (null: not in any; they cannot punch).' })
  groupId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  groupName!: string | null;

  @Field(() => AttendanceShift, { nullable: true, description: 'The shift they keep.' })
  shift!: AttendanceShift | null;

  @Field(() => [AttendancePlace], { description: 'Where they may punch.' })
  places!: AttendancePlace[];

  @Field(() => Boolean, { description: 'Whether off-site punches are accepted.' })
  offsiteAllowed!: boolean;

  @Field(() => String, { nullable: true, description: 'The monitoring notice they must acknowledge before punching (null: nothing to acknowledge).' })
  noticeToAcknowledge!: string | null;
}

// ——— Resolvers ———

@Resolver(() => AttendancePlace)
export class AttendancePlaceResolver {
  @Can('read', 'AttendancePlace')
  @Query(() => AttendancePlaceList, { description: 'Places to punch at, by name.' })
  attendancePlaces(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AttendancePlaceList> {
    return rules.listPlaces(ctx, page);
  }

  @Can('read', 'AttendancePlace')
  @Query(() => AttendancePlace, { description: 'One place (NOT_FOUND if the caller may not read it).' })
  attendancePlace(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AttendancePlace> {
    return rules.placeById(ctx, id);
  }

  @Can('create', 'AttendancePlace')
  @Mutation(() => AttendancePlace, { description: 'Adds a place: a geofence (radius 100–3000 m) and the Wi-Fi and IP ranges that also prove presence.' })
  createAttendancePlace(@Ctx() ctx: RequestContext, @Arg('input', () => AttendancePlaceInput) input: AttendancePlaceInput): Promise<AttendancePlace> {
    return rules.createPlace(ctx, input);
  }

  @Can('update', 'AttendancePlace')
  @Mutation(() => AttendancePlace, { description: 'Changes a place (send it whole).' })
  updateAttendancePlace(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AttendancePlaceInput) input: AttendancePlaceInput,
    @Arg('version', () => Int, VERSION) version?: number | null,
  ): Promise<AttendancePlace> {
    return rules.updatePlace(ctx, id, input, version);
  }

  @Can('delete', 'AttendancePlace')
  @Mutation(() => Boolean, { description: 'Deletes a place no group uses (ATTENDANCE_PLACE_IN_USE otherwise). Punches made there keep their facts.' })
  deleteAttendancePlace(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return rules.deletePlace(ctx, id);
  }
}

@Resolver(() => AttendanceShift)
export class AttendanceShiftResolver {
  @Can('read', 'AttendanceShift')
  @Query(() => AttendanceShiftList, { description: 'Shifts, by name.' })
  attendanceShifts(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AttendanceShiftList> {
    return rules.listShifts(ctx, page);
  }

  @Can('read', 'AttendanceShift')
  @Query(() => AttendanceShift, { description: 'One shift.' })
  attendanceShift(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AttendanceShift> {
    return rules.shiftById(ctx, id);
  }

  @Can('create', 'AttendanceShift')
  @Mutation(() => AttendanceShift, { description: 'Adds a shift (fixed or flexible hours, tolerances, punch windows, breaks).' })
  createAttendanceShift(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceShiftInput) input: AttendanceShiftInput): Promise<AttendanceShift> {
    return rules.createShift(ctx, input);
  }

  @Can('update', 'AttendanceShift')
  @Mutation(() => AttendanceShift, { description: 'Changes a shift (send it whole).' })
  updateAttendanceShift(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AttendanceShiftInput) input: AttendanceShiftInput,
    @Arg('version', () => Int, VERSION) version?: number | null,
  ): Promise<AttendanceShift> {
    return rules.updateShift(ctx, id, input, version);
  }

  @Can('delete', 'AttendanceShift')
  @Mutation(() => Boolean, { description: 'Deletes a shift no group uses (ATTENDANCE_SHIFT_IN_USE otherwise).' })
  deleteAttendanceShift(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return rules.deleteShift(ctx, id);
  }
}

@Resolver(() => AttendanceGroup)
export class AttendanceGroupResolver {
  @Can('read', 'AttendanceGroup')
  @Query(() => AttendanceGroupList, { description: 'Attendance groups, by name.' })
  attendanceGroups(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AttendanceGroupList> {
    return rules.listGroups(ctx, page);
  }

  @Can('read', 'AttendanceGroup')
  @Query(() => AttendanceGroup, { description: 'One attendance group.' })
  attendanceGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<AttendanceGroup> {
    return rules.groupById(ctx, id);
  }

  @Can('create', 'AttendanceGroup')
  @Mutation(() => AttendanceGroup, { description: 'Adds an attendance group (members, places, shift, policies).' })
  createAttendanceGroup(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceGroupInput) input: AttendanceGroupInput): Promise<AttendanceGroup> {
    return rules.createGroup(ctx, input);
  }

  @Can('update', 'AttendanceGroup')
  @Mutation(() => AttendanceGroup, { description: 'Changes an attendance group (send it whole); a changed notice is asked of every member again.' })
  updateAttendanceGroup(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AttendanceGroupInput) input: AttendanceGroupInput,
    @Arg('version', () => Int, VERSION) version?: number | null,
  ): Promise<AttendanceGroup> {
    return rules.updateGroup(ctx, id, input, version);
  }

  @Can('delete', 'AttendanceGroup')
  @Mutation(() => Boolean, { description: 'Deletes an attendance group; its members’ punches stay.' })
  deleteAttendanceGroup(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return rules.deleteGroup(ctx, id);
  }

  @FieldResolver(() => AttendanceShift, { nullable: true, description: 'The shift its members keep (null: none, or one the caller may not read).' })
  shift(@Root() group: AttendanceGroup, @Ctx() ctx: RequestContext): AttendanceShift | Promise<AttendanceShift | null> | null {
    return group.shift ? ctx.load(shiftLoader, group.shift.id) : null;
  }

  @FieldResolver(() => [AttendancePlace], { description: 'Its places (those the caller may read).' })
  async places(@Root() group: AttendanceGroup, @Ctx() ctx: RequestContext): Promise<AttendancePlace[]> {
    const found = await ctx.loadMany(placeLoader, group.placeIds);
    return found.filter((place): place is AttendancePlace => place instanceof AttendancePlace);
  }
}

@Resolver(() => AttendancePunch)
export class AttendancePunchResolver {
  @Can('create', 'AttendancePunch')
  @Mutation(() => AttendancePunch, {
    description:
      'Punches (clock in or out) for the caller. Idempotent by clientPunchId; an offline punch carries its deviceTime. Refused with a coded error: ATTENDANCE_NOT_IN_GROUP, ATTENDANCE_NOTICE_NOT_ACKNOWLEDGED, ATTENDANCE_OUTSIDE_PUNCH_WINDOW, ATTENDANCE_TOO_MANY_PUNCHES, ATTENDANCE_OUTSIDE_PLACES, ATTENDANCE_NO_PLACE_EVIDENCE, ATTENDANCE_OFFLINE_TOO_OLD, ATTENDANCE_DEVICE_TIME_IN_FUTURE.',
  })
  punch(@Ctx() ctx: RequestContext, @Arg('input', () => PunchInput) input: PunchInput): Promise<AttendancePunch> {
    return punches.punch(ctx, input);
  }

  @Can('create', 'AttendancePunch')
  @Mutation(() => MyAttendance, { description: 'The caller acknowledges their group’s monitoring notice (again: no change).' })
  async acknowledgeAttendanceNotice(@Ctx() ctx: RequestContext): Promise<MyAttendance> {
    await punches.acknowledgeNotice(ctx);
    return myAttendanceOf(ctx);
  }

  @Can('create', 'AttendancePunch')
  @Query(() => MyAttendance, { description: 'The caller’s attendance set-up: group, shift, places, and any notice to acknowledge first.' })
  myAttendance(@Ctx() ctx: RequestContext): Promise<MyAttendance> {
    return myAttendanceOf(ctx);
  }

  @Can('read', 'AttendancePunch')
  @Query(() => AttendancePunchList, { description: 'Punches the caller may read (their own; their departments’ as a manager; all as HR), newest first.' })
  attendancePunches(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AttendancePunchFilter, { nullable: true }) filter: AttendancePunchFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendancePunchList> {
    return punches.listPunches(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who punched (null if the caller may not see them).' })
  person(@Root() punch: AttendancePunch, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, punch.person.id);
  }

  @FieldResolver(() => AttendancePlace, { nullable: true, description: 'The place it matched (null: off-site, or one the caller may not read).' })
  place(@Root() punch: AttendancePunch, @Ctx() ctx: RequestContext): AttendancePlace | Promise<AttendancePlace | null> | null {
    return punch.place ? ctx.load(placeLoader, punch.place.id) : null;
  }
}

@Resolver(() => AttendanceDay)
export class AttendanceDayResolver {
  @Can('read', 'AttendanceDay')
  @Query(() => AttendanceDayList, { description: 'Computed work days the caller may read (their own; their departments’ as a manager; all as HR), latest first.' })
  attendanceDays(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AttendanceDayFilter, { nullable: true }) filter: AttendanceDayFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendanceDayList> {
    return days.listDays(ctx, filter ?? {}, page);
  }

  @Can('update', 'AttendanceDay')
  @TextArgs({ from: { max: 10 }, to: { max: 10 } })
  @Mutation(() => Int, {
    description:
      'Queues a range of days (at most 62, none in a locked month) to be computed again in the background — the days already computed and those with punches — for some people or every group member; returns how many person-days the range covers.',
  })
  recomputeAttendanceDays(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Arg('personIds', () => [ID], { nullable: true, description: 'Only these people; omitted: every group member.' }) personIds?: string[] | null,
  ): Promise<number> {
    return days.requestRecompute(ctx, { from, to, personIds });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whose day (null if the caller may not see them).' })
  person(@Root() day: AttendanceDay, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, day.person.id);
  }
}

@Resolver(() => AttendanceMonth)
export class AttendanceMonthResolver {
  @Can('read', 'AttendanceMonth')
  @Query(() => [AttendanceMonth], { description: 'The payroll cut-off of each month of a year (those never locked are OPEN).' })
  attendanceMonths(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { description: 'The year, e.g. 2026.' }) year: number): Promise<AttendanceMonth[]> {
    return months.monthsOf(ctx, year);
  }

  @Can('lock', 'AttendanceMonth')
  @TextArgs({ month: { max: 7 } })
  @Mutation(() => AttendanceMonth, {
    description: 'Locks a month that has begun for payroll: its days stop changing (late offline punches are refused with ATTENDANCE_MONTH_LOCKED). ATTENDANCE_INVALID_TRANSITION if already locked.',
  })
  lockAttendanceMonth(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('version', () => Int, VERSION) version?: number | null,
  ): Promise<AttendanceMonth> {
    return months.lockMonth(ctx, month, version);
  }

  @Can('reopen', 'AttendanceMonth')
  @TextArgs({ month: { max: 7 }, reason: { max: 500 } })
  @Mutation(() => AttendanceMonth, { description: 'Reopens a locked month, with the reason (kept and audited). ATTENDANCE_INVALID_TRANSITION if it is not locked.' })
  reopenAttendanceMonth(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('reason', () => String, { description: 'Why it is reopened.' }) reason: string,
    @Arg('version', () => Int, VERSION) version?: number | null,
  ): Promise<AttendanceMonth> {
    return months.reopenMonth(ctx, month, reason, version);
  }
}

@ObjectType({ description: 'One person’s month, summed from their computed days.' })
export class AttendancePersonMonth {
  personId!: string;
  departmentId!: string | null;

  @Field(() => Int, { description: 'Working days on the calendar that were computed for them.' })
  workingDays!: number;

  @Field(() => Int, { description: 'Working days with at least one punch.' })
  daysPresent!: number;

  @Field(() => Int, { description: 'Working days without a punch.' })
  absentDays!: number;

  @Field(() => Int, { description: 'Days late.' })
  lateCount!: number;

  @Field(() => Int, { description: 'Minutes late, summed.' })
  lateMinutes!: number;

  @Field(() => Int, { description: 'Days left early.' })
  earlyLeaveCount!: number;

  @Field(() => Int, { description: 'Minutes left early, summed.' })
  earlyLeaveMinutes!: number;

  @Field(() => Int, { description: 'Days with a clock-in or clock-out missing.' })
  missingPunches!: number;

  @Field(() => Int, { description: 'Days with an off-site punch.' })
  offsiteDays!: number;

  @Field(() => Int, { description: 'Days off on which they punched.' })
  restDaysWorked!: number;

  @Field(() => Float, { description: 'Working days on approved leave (a half day counts 0.5).' })
  leaveDays!: number;

  @Field(() => Int, { description: 'Approved make-up punches.' })
  makeUpPunches!: number;

  @Field(() => Float, { description: 'Overtime hours that count, summed (one decimal).' })
  overtimeHours!: number;

  @Field(() => Float, { description: 'Hours between first and last punches, breaks excluded, summed (one decimal).' })
  workedHours!: number;
}

@ObjectType({ description: 'A page of people’s months.' })
export class AttendancePersonMonthList extends ListOf(AttendancePersonMonth, 'AttendancePersonMonthList', 'A page of people’s months, by department then name.') {}

/** The file formats of the monthly report. */
export enum AttendanceReportFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(AttendanceReportFormat, { name: 'AttendanceReportFormat', description: 'CSV (UTF-8 with BOM) or XLSX (an Excel workbook).' });

/** The files of the payroll export. */
export enum AttendancePayrollFile {
  TIMESHEETS = 'TIMESHEETS',
  LEAVE = 'LEAVE',
}
registerEnumType(AttendancePayrollFile, { name: 'AttendancePayrollFile', description: 'TIMESHEETS: one line per worked day; LEAVE: one line per day of approved leave.' });

@ObjectType({ description: 'A report file, its bytes base64-encoded.' })
export class AttendanceReportFile {
  @Field(() => String, { description: 'A file name to save it under.' })
  fileName!: string;

  @Field(() => String, { description: 'Its media type.' })
  contentType!: string;

  @Field(() => String, { description: 'The file, base64-encoded.' })
  base64!: string;

  @Field(() => Int, { description: 'People in it.' })
  rows!: number;
}

@Resolver(() => AttendancePersonMonth)
export class AttendanceReportResolver {
  @Can('read', 'AttendanceDay')
  @TextArgs({ month: { max: 7 } })
  @Query(() => AttendancePersonMonthList, { description: 'The month of each person whose days the caller may read, by department then name (one statement).' })
  attendanceMonthlySummary(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only those of this (primary) department.' }) departmentId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendancePersonMonthList> {
    return reports.monthlySummary(ctx, month, departmentId ?? null, page);
  }

  @Can('read', 'AttendanceDay')
  @TextArgs({ month: { max: 7 } })
  @Query(() => AttendanceReportFile, { description: 'The monthly report as a CSV or XLSX file: the same rows as attendanceMonthlySummary, all of them, with names the caller may see.' })
  async attendanceMonthlyReport(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('format', () => AttendanceReportFormat, { description: 'CSV or XLSX.' }) format: AttendanceReportFormat,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only those of this (primary) department.' }) departmentId: string | null,
  ): Promise<AttendanceReportFile> {
    return reports.monthlyReportFile(ctx, month, departmentId ?? null, format, async (rows) => {
      const departmentIds = [...new Set(rows.flatMap((row) => (row.departmentId ? [row.departmentId] : [])))];
      const [people, departments] = await Promise.all([
        ctx.loadMany(
          personById,
          rows.map((row) => row.personId),
        ),
        ctx.loadMany(departmentById, departmentIds),
      ]);
      const departmentNames = new Map(departmentIds.map((id, i) => [id, departments[i] instanceof Department ? departments[i].name : '']));
      return rows.map((row, i) => ({
        person: people[i] instanceof Person ? people[i].displayName : '',
        department: row.departmentId ? (departmentNames.get(row.departmentId) ?? '') : '',
      }));
    });
  }

  @Can('read', 'AttendanceDay')
  @TextArgs({ month: { max: 7 } })
  @Query(() => AttendanceReportFile, {
    description:
      'The payroll export of a month for KeyPay / Employment Hero Payroll (custom timesheet file upload): CSV, one line per worked day (TIMESHEETS) or per day of approved leave (LEAVE), of the days the caller may read; people are named by staff number (else external id, else work email) where the caller may see them. The README maps each column.',
  })
  async attendancePayrollExport(
    @Ctx() ctx: RequestContext,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('file', () => AttendancePayrollFile, { description: 'TIMESHEETS or LEAVE.' }) file: AttendancePayrollFile,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only those of this (primary) department.' }) departmentId: string | null,
  ): Promise<AttendanceReportFile> {
    return payrollFile(ctx, month, file, departmentId ?? null, async (personIds) => {
      const people = await ctx.loadMany(personById, personIds);
      return new Map(
        personIds.map((id, i) => {
          const person = people[i];
          return [id, person instanceof Person ? { employeeId: person.employeeNo ?? person.externalId ?? person.workEmail ?? '', name: person.displayName } : { employeeId: '', name: '' }];
        }),
      );
    });
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whose month (null if the caller may not see them).' })
  person(@Root() row: AttendancePersonMonth, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, row.personId);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'Their primary department in the month (null if none or hidden from the caller).' })
  department(@Root() row: AttendancePersonMonth, @Ctx() ctx: RequestContext): Department | Promise<Department | null> | null {
    return row.departmentId ? ctx.load(departmentById, row.departmentId) : null;
  }
}

@InputType({ description: 'One day of a roster: the shift a person works, or none for a rest day.' })
export class AttendanceRosterEntryInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD.' })
  @Text(10)
  date!: string;

  @Field(() => ID, { nullable: true, description: 'The shift; omitted or null: a rest day.' })
  shiftId?: string | null;
}

@ObjectType({ description: 'A page of roster entries.' })
export class AttendanceRosterEntryList extends ListOf(AttendanceRosterEntry, 'AttendanceRosterEntryList', 'A page of roster entries, by day then person.') {}

@Resolver(() => AttendanceRosterEntry)
export class AttendanceRosterResolver {
  @Can('read', 'AttendanceRosterEntry')
  @TextArgs({ from: { max: 10 }, to: { max: 10 } })
  @Query(() => AttendanceRosterEntryList, { description: 'Roster entries between two days that the caller may read (their own; their departments’ as a manager; all as HR).' })
  attendanceRoster(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD.' }) to: string,
    @Arg('personId', () => ID, { nullable: true, description: 'Only this person’s.' }) personId: string | null,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only those of this (primary) department.' }) departmentId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendanceRosterEntryList> {
    return roster.listRoster(ctx, { from, to, personId, departmentId }, page);
  }

  @Can('update', 'AttendanceRosterEntry')
  @Mutation(() => Int, {
    description:
      'Writes roster entries (each replaces that person’s day; at most 2,000), whole or not at all; the days already computed in their range are recomputed in the background. Returns the entries written.',
  })
  setAttendanceRoster(@Ctx() ctx: RequestContext, @Arg('entries', () => [AttendanceRosterEntryInput]) entries: AttendanceRosterEntryInput[]): Promise<number> {
    return roster.setRoster(
      ctx,
      entries.map((e) => ({ personId: e.personId, date: e.date, shiftId: e.shiftId ?? null })),
    );
  }

  @Can('update', 'AttendanceRosterEntry')
  @TextArgs({ csv: { max: 500_000, multiline: true } })
  @Mutation(() => Int, {
    description:
      'Imports a roster file: CSV with the header person,date,shift — the person by work email or staff number, the date YYYY-MM-DD, the shift by name (blank, rest or 休息: a rest day). Written as setAttendanceRoster writes; problems named by row (rows.2.person). Returns the entries written.',
  })
  importAttendanceRoster(@Ctx() ctx: RequestContext, @Arg('csv', () => String, { description: 'The file’s text.' }) csv: string): Promise<number> {
    return roster.importRoster(ctx, csv);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whose day (null if the caller may not see them).' })
  person(@Root() entry: AttendanceRosterEntry, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, entry.person.id);
  }

  @FieldResolver(() => AttendanceShift, { nullable: true, description: 'The shift worked (null: a rest day, or a shift the caller may not read).' })
  shift(@Root() entry: AttendanceRosterEntry, @Ctx() ctx: RequestContext): AttendanceShift | Promise<AttendanceShift | null> | null {
    return entry.shift ? ctx.load(shiftLoader, entry.shift.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is a rest day (no shift).' })
  restDay(@Root() entry: AttendanceRosterEntry): boolean {
    return entry.shift === null;
  }
}

/** The caller's group as they see it; its shift and places through the read rules like any other path to them. */
async function myAttendanceOf(ctx: RequestContext): Promise<MyAttendance> {
  const { group, noticeToAcknowledge } = await punches.myAttendance(ctx);
  if (!group) return { groupId: null, groupName: null, shift: null, places: [], offsiteAllowed: false, noticeToAcknowledge: null };
  const [shift, places] = await Promise.all([group.shift ? ctx.load(shiftLoader, group.shift.id) : null, ctx.loadMany(placeLoader, group.placeIds)]);
  return {
    groupId: group.id,
    groupName: group.name,
    shift,
    places: places.filter((place): place is AttendancePlace => place instanceof AttendancePlace),
    offsiteAllowed: group.offsiteAllowed,
    noticeToAcknowledge,
  };
}
