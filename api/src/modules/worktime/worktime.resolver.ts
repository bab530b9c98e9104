import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { hongKongHolidayYears } from '../../../../seeds/hong-kong-holidays.js';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { Text } from '../../core/graphql/text.js';
import { Holiday, MakeUpWorkday, WorkingCalendar } from './working-calendar.entity.js';
import * as worktime from './worktime.service.js';

@InputType({ description: 'A stretch of working time in a day.' })
export class WorkingIntervalInput {
  @Field(() => String, { description: 'Start, HH:MM.' })
  @Text(5)
  start!: string;

  @Field(() => String, { description: 'End, HH:MM, after the start (24:00 for midnight at the end of the day).' })
  @Text(5)
  end!: string;
}

@InputType({ description: 'The working hours of one day of the week.' })
export class WeekdayHoursInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => [WorkingIntervalInput], { description: 'Its working intervals, earliest first, not overlapping; empty for a day off.' })
  intervals!: WorkingIntervalInput[];
}

@InputType({ description: 'The week’s working hours.' })
export class SetWorkingHoursInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Hong_Kong; omitted: unchanged.' })
  @Text(64)
  timeZone?: string | null;

  @Field(() => [WeekdayHoursInput], { description: 'Hours per weekday; a weekday left out has none.' })
  days!: WeekdayHoursInput[];
}

@InputType({ description: 'A holiday’s day, names (at least one) and kinds.' })
export class HolidayInput {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (one holiday per day).' })
  @Text(10)
  date!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Text(100)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Traditional Chinese (Hong Kong).' })
  @Text(100)
  nameZhHk?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Simplified Chinese.' })
  @Text(100)
  nameZhCn?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'A Hong Kong general holiday (default false).' })
  isGeneralHoliday?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'A statutory holiday under the Employment Ordinance (default false).' })
  isStatutoryHoliday?: boolean | null;
}

@InputType({ description: 'A make-up working day: its date, its working hours, and optionally what it is for.' })
export class MakeUpWorkdayInput {
  @Field(() => String, { description: 'The day, YYYY-MM-DD: not a holiday, and one make-up working day per date.' })
  @Text(10)
  date!: string;

  @Field(() => [WorkingIntervalInput], { description: 'Its working intervals, earliest first, not overlapping; at least one.' })
  intervals!: WorkingIntervalInput[];

  @Field(() => String, { nullable: true, description: 'What it is for, in English.' })
  @Text(100)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for, in Traditional Chinese (Hong Kong).' })
  @Text(100)
  nameZhHk?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is for, in Simplified Chinese.' })
  @Text(100)
  nameZhCn?: string | null;
}

@ObjectType({ description: 'How much working time a date-time range holds.' })
export class WorkingDuration {
  @Field(() => Float, { description: 'Working days: each day’s working time as a share of that day’s hours, summed, to the nearest half day.' })
  workingDays!: number;

  @Field(() => Float, { description: 'Hours of working time (to two decimals).' })
  workingHours!: number;
}

/** The working calendar: weekly hours, holidays, make-up working days, and working durations for forms. */
@Resolver(() => WorkingCalendar)
export class WorkingCalendarResolver {
  @Can('read', 'WorkingCalendar')
  @Query(() => WorkingCalendar, { description: 'The organisation’s working hours and holidays (every member of staff may read them).' })
  workingCalendar(@Ctx() ctx: RequestContext): Promise<WorkingCalendar> {
    return worktime.workingCalendar(ctx);
  }

  @Can('read', 'WorkingCalendar')
  @Query(() => WorkingDuration, {
    description:
      'The working days and hours between two instants under the organisation’s calendar, e.g. what a leave request costs. INVALID_DATE_RANGE when `to` is before `from`; at most two years.',
  })
  workingDuration(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { description: 'Start of the range.' }) from: Date,
    @Arg('to', () => Date, { description: 'End of the range.' }) to: Date,
  ): Promise<WorkingDuration> {
    return worktime.workingDuration(ctx, from, to);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => WorkingCalendar, { description: 'Replaces the weekly working hours (and the time zone, when given).' })
  setWorkingHours(@Ctx() ctx: RequestContext, @Arg('input', () => SetWorkingHoursInput) input: SetWorkingHoursInput): Promise<WorkingCalendar> {
    return worktime.setWorkingHours(ctx, input);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => Holiday, { description: 'Adds a day off of the organisation’s own (a company day, a typhoon day …). DUPLICATE_VALUE if the day has a holiday already.' })
  addHoliday(@Ctx() ctx: RequestContext, @Arg('input', () => HolidayInput) input: HolidayInput): Promise<Holiday> {
    return worktime.addHoliday(ctx, input);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => Holiday, { description: 'Replaces a holiday’s day, names and kinds (e.g. to give Christmas Day instead of the Winter Solstice).' })
  changeHoliday(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => HolidayInput) input: HolidayInput): Promise<Holiday> {
    return worktime.changeHoliday(ctx, id, input);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => Boolean, { description: 'Removes a holiday: its day becomes a working day if its weekday has hours.' })
  removeHoliday(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return worktime.removeHoliday(ctx, id);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => [Holiday], {
    description:
      'Adds back the Hong Kong holidays of a year whose day has no holiday now (never changes an existing one); returns those added. WORKTIME_UNKNOWN_YEAR for a year Harbour’s list does not cover (see referenceYears).',
  })
  restoreHongKongHolidays(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { description: 'The year, e.g. 2026.' }) year: number): Promise<Holiday[]> {
    return worktime.restoreHongKongHolidays(ctx, year);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => MakeUpWorkday, {
    description:
      'Declares a day a make-up working day with its own hours (a Saturday worked to bridge a holiday …). WORKTIME_DATE_IS_HOLIDAY if the day is a holiday; DUPLICATE_VALUE if it is a make-up working day already.',
  })
  addMakeUpWorkday(@Ctx() ctx: RequestContext, @Arg('input', () => MakeUpWorkdayInput) input: MakeUpWorkdayInput): Promise<MakeUpWorkday> {
    return worktime.addMakeUpWorkday(ctx, input);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => MakeUpWorkday, { description: 'Replaces a make-up working day’s date, hours and names (the same rules as adding one).' })
  changeMakeUpWorkday(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => MakeUpWorkdayInput) input: MakeUpWorkdayInput): Promise<MakeUpWorkday> {
    return worktime.changeMakeUpWorkday(ctx, id, input);
  }

  @Can('update', 'WorkingCalendar')
  @Mutation(() => Boolean, { description: 'Removes a make-up working day: its date has its weekday’s hours again (none, for a weekend day).' })
  removeMakeUpWorkday(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return worktime.removeMakeUpWorkday(ctx, id);
  }

  @FieldResolver(() => [Holiday], { description: 'The holidays, by date: of one year, or all of them.' })
  holidays(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true, description: 'Only this year’s.' }) year?: number | null): Promise<Holiday[]> {
    return worktime.holidaysOf(ctx, year ?? null);
  }

  @FieldResolver(() => [MakeUpWorkday], { description: 'The make-up working days, by date: of one year, or all of them.' })
  makeUpWorkdays(@Ctx() ctx: RequestContext, @Arg('year', () => Int, { nullable: true, description: 'Only this year’s.' }) year?: number | null): Promise<MakeUpWorkday[]> {
    return worktime.makeUpWorkdaysOf(ctx, year ?? null);
  }

  @FieldResolver(() => [Int], { description: 'The years Harbour’s list of Hong Kong holidays covers (what restoreHongKongHolidays accepts).' })
  referenceYears(): readonly number[] {
    return hongKongHolidayYears;
  }
}

/** Holidays' names in the caller's language. */
@Resolver(() => Holiday)
export class HolidayResolver {
  @FieldResolver(() => String, { description: 'Its name in the caller’s language (else in another it has).' })
  name(@Root() holiday: Holiday, @Ctx() ctx: RequestContext): string {
    return worktime.holidayName(holiday, ctx.locale);
  }
}

/** Make-up working days' names in the caller's language. */
@Resolver(() => MakeUpWorkday)
export class MakeUpWorkdayResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What it is for, in the caller’s language (else in another it has); null when it has no name.' })
  name(@Root() workday: MakeUpWorkday, @Ctx() ctx: RequestContext): string | null {
    return worktime.holidayName(workday, ctx.locale) || null;
  }
}
