import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { LongText, Text, TextArgs } from '../../core/graphql/text.js';
import { Person, personById } from '../org/index.js';
import { AttendanceRequest, AttendanceRequestKind, AttendanceRequestStatus, HalfDay, MakeUpPunchType, OvertimeCompensation } from './attendance-request.entity.js';
import { leaveTypeLoader } from './attendance.loaders.js';
import * as requests from './attendance-requests.service.js';
import { AttendanceLeaveEntry } from './leave-entry.entity.js';
import { AttendanceLeaveType, LeavePolicy } from './leave-type.entity.js';
import * as leave from './leave.service.js';

@InputType({ description: 'A leave type as an admin changes it (its key stays).' })
export class AttendanceLeaveTypeInput {
  @Field(() => String, { description: 'Name in English.' })
  @Text(100)
  nameEn!: string;

  @Field(() => String, { description: 'Name in Traditional Chinese (Hong Kong).' })
  @Text(100)
  nameZhHk!: string;

  @Field(() => String, { description: 'Name in Simplified Chinese.' })
  @Text(100)
  nameZhCn!: string;

  @Field(() => Boolean, { description: 'Whether it is paid.' })
  paid!: boolean;

  @Field(() => Boolean, { description: 'Whether taking it draws on a balance.' })
  needsBalance!: boolean;

  @Field(() => LeavePolicy, { description: 'How its balance grows: NONE, or the Employment Ordinance’s HK_ANNUAL / HK_SICK (these need a balance).' })
  policy!: LeavePolicy;

  @Field(() => Boolean, { description: 'Whether it can be requested.' })
  active!: boolean;
}

@ObjectType({ description: 'A page of leave ledger entries.' })
export class AttendanceLeaveEntryList extends ListOf(AttendanceLeaveEntry, 'AttendanceLeaveEntryList', 'A page of leave ledger entries, newest first.') {}

@ObjectType({ description: 'One person’s balance of one leave type as of a date, in days.' })
export class AttendanceLeaveBalance {
  /** Whose (exposed through the `person` field). */
  personId!: string;

  /** Of which type (exposed through the `leaveType` field). */
  leaveTypeId!: string;

  @Field(() => String, { description: 'The date it is as of (YYYY-MM-DD).' })
  asOf!: string;

  @Field(() => Float, { description: 'Days that can still be taken (pending requests not deducted).' })
  available!: number;

  @Field(() => Float, { description: 'Days earned or granted: accruals, grants, carry-forward and adjustments, less adjustments down.' })
  earned!: number;

  @Field(() => Float, { description: 'Days taken (approved leave, less revoked).' })
  used!: number;

  @Field(() => Float, { description: 'Days forfeited.' })
  expired!: number;

  @Field(() => Float, { description: 'Days asked for and not decided yet.' })
  pending!: number;
}

@ObjectType({ description: 'A page of leave balances.' })
export class AttendanceLeaveBalanceList extends ListOf(AttendanceLeaveBalance, 'AttendanceLeaveBalanceList', 'A page of leave balances, by name then leave type.') {}

@InputType({ description: 'A correction of a leave balance.' })
export class AttendanceLeaveAdjustmentInput {
  @Field(() => ID, { description: 'Whose balance.' })
  personId!: string;

  @Field(() => ID, { description: 'The leave type (one that needs a balance).' })
  leaveTypeId!: string;

  @Field(() => Float, { description: 'Days to add, or to take away when negative (to the hundredth, not zero).' })
  days!: number;

  @Field(() => String, { description: 'The day it counts from (YYYY-MM-DD).' })
  @Text(10)
  effectiveOn!: string;

  @Field(() => String, { description: 'Why (kept in the ledger and the audit log).' })
  @LongText(500)
  note!: string;
}

@Resolver(() => AttendanceLeaveType)
export class AttendanceLeaveTypeResolver {
  @Can('read', 'AttendanceLeaveType')
  @Query(() => [AttendanceLeaveType], { description: 'The organisation’s leave types, by key.' })
  attendanceLeaveTypes(@Ctx() ctx: RequestContext): Promise<AttendanceLeaveType[]> {
    return leave.listLeaveTypes(ctx);
  }

  @Can('update', 'AttendanceLeaveType')
  @Mutation(() => AttendanceLeaveType, { description: 'Changes a leave type: names, pay, balance, policy (adopting the Employment Ordinance’s accrual or not), whether it can be requested.' })
  updateAttendanceLeaveType(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AttendanceLeaveTypeInput) input: AttendanceLeaveTypeInput,
    @Arg('version', () => Int, { nullable: true, description: 'The version last read; VERSION_CONFLICT if it changed since.' }) version?: number | null,
  ): Promise<AttendanceLeaveType> {
    return leave.updateLeaveType(ctx, id, input, version);
  }
}

@Resolver(() => AttendanceLeaveEntry)
export class AttendanceLeaveEntryResolver {
  @Can('read', 'AttendanceLeaveEntry')
  @Query(() => AttendanceLeaveEntryList, { description: 'Leave ledger entries the caller may read (their own; their departments’ as a manager; all as HR), newest first.' })
  attendanceLeaveEntries(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID, { nullable: true, description: 'Only this person’s.' }) personId: string | null,
    @Arg('leaveTypeId', () => ID, { nullable: true, description: 'Only this leave type’s.' }) leaveTypeId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendanceLeaveEntryList> {
    return leave.listLeaveEntries(ctx, { personId, leaveTypeId }, page);
  }

  @Can('create', 'AttendanceLeaveEntry')
  @Mutation(() => AttendanceLeaveEntry, { description: 'Adds days to a leave balance or takes them away, with a reason (audited). The ledger keeps every entry.' })
  adjustAttendanceLeave(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceLeaveAdjustmentInput) input: AttendanceLeaveAdjustmentInput): Promise<AttendanceLeaveEntry> {
    return leave.adjustLeave(ctx, input);
  }

  @FieldResolver(() => Float, { description: 'Days moved (to the hundredth).' })
  days(@Root() entry: AttendanceLeaveEntry): number {
    return leave.asDays(entry.days);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whose leave (null if the caller may not see them).' })
  person(@Root() entry: AttendanceLeaveEntry, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, entry.person.id);
  }

  @FieldResolver(() => AttendanceLeaveType, { nullable: true, description: 'The leave type (null if the caller may not read it).' })
  leaveType(@Root() entry: AttendanceLeaveEntry, @Ctx() ctx: RequestContext): AttendanceLeaveType | Promise<AttendanceLeaveType | null> | null {
    return ctx.load(leaveTypeLoader, entry.leaveType.id);
  }
}

@Resolver(() => AttendanceLeaveBalance)
export class AttendanceLeaveBalanceResolver {
  @Can('read', 'AttendanceLeaveEntry')
  @TextArgs({ asOf: { max: 10 } })
  @Query(() => AttendanceLeaveBalanceList, {
    description:
      'Leave balances as of a date (default today) of the people whose ledger the caller may read; asked for one person, every active type that needs a balance is listed, zero if nothing was earned yet.',
  })
  attendanceLeaveBalances(
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => String, { nullable: true, description: 'The date, YYYY-MM-DD (default today).' }) asOf: string | null,
    @Arg('personId', () => ID, { nullable: true, description: 'Only this person’s.' }) personId: string | null,
    @Arg('departmentId', () => ID, { nullable: true, description: 'Only those of this (primary) department.' }) departmentId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendanceLeaveBalanceList> {
    return leave.leaveBalances(ctx, { asOf, personId, departmentId }, page);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Whose balance (null if the caller may not see them).' })
  person(@Root() balance: AttendanceLeaveBalance, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, balance.personId);
  }

  @FieldResolver(() => AttendanceLeaveType, { nullable: true, description: 'The leave type (null if the caller may not read it).' })
  leaveType(@Root() balance: AttendanceLeaveBalance, @Ctx() ctx: RequestContext): AttendanceLeaveType | Promise<AttendanceLeaveType | null> | null {
    return ctx.load(leaveTypeLoader, balance.leaveTypeId);
  }
}

@InputType({ description: 'A leave request.' })
export class AttendanceLeaveRequestInput {
  @Field(() => ID, { description: 'The leave type.' })
  leaveTypeId!: string;

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  @Text(10)
  startDate!: string;

  @Field(() => String, { description: 'Last day, YYYY-MM-DD (at most 62 days after the first).' })
  @Text(10)
  endDate!: string;

  @Field(() => HalfDay, { nullable: true, description: 'Only half of a single day: AM or PM.' })
  halfDay?: HalfDay | null;

  @Field(() => String, { description: 'Why.' })
  @LongText(1000)
  reason!: string;
}

@InputType({ description: 'A make-up punch request: the clock-in or clock-out that was missed.' })
export class AttendanceMakeUpPunchInput {
  @Field(() => MakeUpPunchType, { description: 'Clock-in or clock-out.' })
  punchType!: MakeUpPunchType;

  @Field(() => Date, { description: 'When it should have been.' })
  punchedAt!: Date;

  @Field(() => String, { description: 'Why it was missed.' })
  @LongText(1000)
  reason!: string;
}

@InputType({ description: 'An overtime request: worked or planned, paid or taken back as time off.' })
export class AttendanceOvertimeInput {
  @Field(() => Date, { description: 'When it starts.' })
  start!: Date;

  @Field(() => Date, { description: 'When it ends (at most 16 hours after the start).' })
  end!: Date;

  @Field(() => OvertimeCompensation, { description: 'PAY or TIME_OFF (compensation leave days).' })
  compensation!: OvertimeCompensation;

  @Field(() => String, { description: 'What the work was.' })
  @LongText(1000)
  reason!: string;
}

@InputType({ description: 'Which requests to list.' })
export class AttendanceRequestFilter {
  @Field(() => ID, { nullable: true, description: 'Only this person’s.' })
  personId?: string | null;

  @Field(() => AttendanceRequestKind, { nullable: true, description: 'Only leave, or only make-up punches.' })
  kind?: AttendanceRequestKind | null;

  @Field(() => AttendanceRequestStatus, { nullable: true, description: 'Only those in this status.' })
  status?: AttendanceRequestStatus | null;
}

@ObjectType({ description: 'A page of leave, make-up punch and overtime requests.' })
export class AttendanceRequestList extends ListOf(AttendanceRequest, 'AttendanceRequestList', 'A page of requests, newest first.') {}

@Resolver(() => AttendanceRequest)
export class AttendanceRequestResolver {
  @Can('create', 'AttendanceRequest')
  @Mutation(() => AttendanceRequest, {
    description:
      'Asks for leave: the working days it takes are counted, checked against the balance less pending requests (types that need one), and it goes to the organisation’s leave approval. Approved, it is deducted and the days show ON_LEAVE.',
  })
  requestAttendanceLeave(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceLeaveRequestInput) input: AttendanceLeaveRequestInput): Promise<AttendanceRequest> {
    return requests.requestLeave(ctx, input);
  }

  @Can('create', 'AttendanceRequest')
  @Mutation(() => AttendanceRequest, {
    description:
      'Asks for a missed clock-in or clock-out to count, within the group’s limits (kinds allowed, per month, working days after the day); it goes to the make-up punch approval and, approved, counts when the day is computed.',
  })
  requestAttendanceMakeUpPunch(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceMakeUpPunchInput) input: AttendanceMakeUpPunchInput): Promise<AttendanceRequest> {
    return requests.requestMakeUpPunch(ctx, input);
  }

  @Can('create', 'AttendanceRequest')
  @Mutation(() => AttendanceRequest, {
    description:
      'Asks for overtime (groups counting it by APPROVAL or APPROVAL_AND_PUNCHES): it goes to the overtime approval and, approved, counts on its work day by the group’s mode; TIME_OFF grants compensation leave days for what counts.',
  })
  requestAttendanceOvertime(@Ctx() ctx: RequestContext, @Arg('input', () => AttendanceOvertimeInput) input: AttendanceOvertimeInput): Promise<AttendanceRequest> {
    return requests.requestOvertime(ctx, input);
  }

  @Can('read', 'AttendanceRequest')
  @Query(() => AttendanceRequestList, { description: 'Leave, make-up punch and overtime requests the caller may read (their own; their departments’ as a manager; all as HR), newest first.' })
  attendanceRequests(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AttendanceRequestFilter, { nullable: true }) filter: AttendanceRequestFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AttendanceRequestList> {
    return requests.listRequests(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'LEAVE: the working days it takes (half a day is 0.5).' })
  days(@Root() request: AttendanceRequest): number | null {
    return request.days === null ? null : leave.asDays(request.days);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who asked (null if the caller may not see them).' })
  person(@Root() request: AttendanceRequest, @Ctx() ctx: RequestContext): Person | Promise<Person | null> | null {
    return ctx.load(personById, request.person.id);
  }

  @FieldResolver(() => AttendanceLeaveType, { nullable: true, description: 'LEAVE: its type (null otherwise, or if the caller may not read it).' })
  leaveType(@Root() request: AttendanceRequest, @Ctx() ctx: RequestContext): AttendanceLeaveType | Promise<AttendanceLeaveType | null> | null {
    return request.leaveType ? ctx.load(leaveTypeLoader, request.leaveType.id) : null;
  }
}
