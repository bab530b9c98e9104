import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { DEFAULT_TIME_ZONE, type WeekdayHours, type WorkingInterval } from './working-hours.js';

@ObjectType('WorkingInterval', { description: 'A stretch of working time in a day, in the calendar’s time zone.' })
export class WorkingIntervalType {
  @Field(() => String, { description: 'When it starts, HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'When it ends, HH:MM (24:00 is midnight at the end of the day).' })
  end!: string;
}

@ObjectType('WeekdayHours', { description: 'The working hours of one day of the week.' })
export class WeekdayHoursType {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field(() => [WorkingIntervalType], { description: 'Its working intervals, in order; none on a day off.' })
  intervals!: WorkingIntervalType[];
}

/** The organisation's working hours (one calendar per organisation); its holidays and make-up working days are rows of their own. */
@ObjectType({ description: 'The organisation’s working hours and holidays: what working time means for time limits, leave and attendance.' })
@Entity({ tableName: 'working_calendar' })
@Unique({ properties: ['tenantId'] })
export class WorkingCalendar extends TenantEntity<'timeZone'> {
  @Field(() => ID, { description: 'Working calendar id.' })
  declare id: string;

  @Field(() => String, { description: 'IANA time zone the hours and holiday dates are read in, e.g. Asia/Hong_Kong.' })
  @Property({ type: 'string', length: 64 })
  timeZone: string = DEFAULT_TIME_ZONE;

  @Field(() => [WeekdayHoursType], { description: 'The working hours of each day of the week, Monday to Sunday.' })
  @Property({ type: 'json' })
  weeklyHours!: WeekdayHours[];
}

/** Where a holiday came from. */
export enum HolidaySource {
  HONG_KONG = 'HONG_KONG',
  COMPANY = 'COMPANY',
}
registerEnumType(HolidaySource, {
  name: 'HolidaySource',
  description: 'HONG_KONG: from Harbour’s list of Hong Kong general and statutory holidays; COMPANY: added by the organisation (a company day off, a typhoon day …).',
});

/** A day off for the whole organisation: never a working day, whatever its weekday's hours. */
@ObjectType({ description: 'A day off for the whole organisation: never a working day, whatever the hours of its weekday.' })
@Entity({ tableName: 'holiday' })
@Unique({ properties: ['tenantId', 'date'] })
export class Holiday extends TenantEntity<'nameEn' | 'nameZhHk' | 'nameZhCn' | 'isGeneralHoliday' | 'isStatutoryHoliday' | 'source'> {
  @Field(() => ID, { description: 'Holiday id.' })
  declare id: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD, in the calendar’s time zone.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => String, { nullable: true, description: 'Name in English.' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name in Traditional Chinese (Hong Kong).' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameZhHk: string | null = null;

  @Field(() => String, { nullable: true, description: 'Name in Simplified Chinese.' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameZhCn: string | null = null;

  @Field(() => Boolean, { description: 'A Hong Kong general holiday (bank holiday) under the General Holidays Ordinance.' })
  @Property({ type: 'boolean', default: false })
  isGeneralHoliday: boolean = false;

  @Field(() => Boolean, { description: 'A statutory holiday under the Employment Ordinance (holiday pay for every employee).' })
  @Property({ type: 'boolean', default: false })
  isStatutoryHoliday: boolean = false;

  @Field(() => HolidaySource, { description: 'Whether it came from Harbour’s Hong Kong list or was added by the organisation.' })
  @Enum({ items: () => HolidaySource, default: HolidaySource.COMPANY })
  source: HolidaySource = HolidaySource.COMPANY;
}

/**
 * A make-up working day (補班日): a date the organisation declares a working day with its own hours — typically a
 * Saturday or Sunday worked to bridge a holiday. Never on a holiday's date.
 */
@ObjectType({
  description:
    'A make-up working day (補班日): a date declared a working day with its own hours, whatever its weekday’s — typically a Saturday or Sunday worked to bridge a holiday. Never on a holiday.',
})
@Entity({ tableName: 'make_up_workday' })
@Unique({ properties: ['tenantId', 'date'] })
export class MakeUpWorkday extends TenantEntity<'nameEn' | 'nameZhHk' | 'nameZhCn'> {
  @Field(() => ID, { description: 'Make-up working day id.' })
  declare id: string;

  @Field(() => String, { description: 'The day, YYYY-MM-DD, in the calendar’s time zone.' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => [WorkingIntervalType], { description: 'Its working intervals, in order: the working hours of that day instead of its weekday’s.' })
  @Property({ type: 'json' })
  intervals!: WorkingInterval[];

  @Field(() => String, { nullable: true, description: 'What it is for, in English (e.g. Working day in lieu of 2 October).' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameEn: string | null = null;

  @Field(() => String, { nullable: true, description: 'What it is for, in Traditional Chinese (Hong Kong).' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameZhHk: string | null = null;

  @Field(() => String, { nullable: true, description: 'What it is for, in Simplified Chinese.' })
  @Property({ type: 'string', length: 100, nullable: true })
  nameZhCn: string | null = null;
}
