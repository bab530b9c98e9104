import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can, SignedIn } from '../../core/authz/gate.js';
import { whenLoaded, type RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { selectedFields } from '../../core/graphql/selection.js';
import { Department } from './department.entity.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { departmentById, leaderIdsByDepartment, membershipsByPerson, personById, rankById } from './org.loaders.js';
import { Person, PersonStatus } from './person.entity.js';
import * as people from './person.service.js';
import * as reportingLine from './reporting-line.service.js';
import { LongText, Text, TextArgs } from '../../core/graphql/text.js';

@ObjectType({ description: 'A page of people.' })
export class PersonList extends ListOf(Person, 'PersonList', 'A page of people.') {}

@ObjectType({ description: 'Workforce figures of one calendar month, counting only people the caller may read.' })
export class WorkforceMonth {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'People whose first day of employment falls in this month.' })
  joiners!: number;

  @Field(() => Int, { description: 'People whose last day of employment falls in this month.' })
  leavers!: number;

  @Field(() => Int, { description: 'People employed on the last day of the month (for the current month: so far, as on record).' })
  headcount!: number;
}

@InputType({ description: 'Which people to list.' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, English name, email, staff number or title.' })
  @Text(100)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only members of this department.' })
  departmentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'With departmentId: include members of its sub-departments.' })
  includeSubtree?: boolean | null;

  @Field(() => PersonStatus, { nullable: true, description: 'ACTIVE (default) or ARCHIVED.' })
  status?: PersonStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only people of this rank.' })
  rankId?: string | null;
}

@InputType({ description: 'A department a person belongs to, and their manager there.' })
export class MembershipInput {
  @Field(() => ID, { description: 'The department.' })
  departmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The manager for this position; when empty, the department leaders are.' })
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this the person’s primary position.' })
  isPrimary?: boolean | null;
}

@InputType({ description: 'Details of a person. Omitted fields are left unchanged on update.' })
export class PersonDetailsInput {
  @Field(() => String, { nullable: true, description: 'Name as shown everywhere.' })
  @Text(200)
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: 'English name.' })
  @Text(200)
  englishName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work email. For someone who signs in it is also their sign-in email, so it must be in a verified email domain of the organisation (see updatePerson).',
  })
  @Text(254)
  workEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Staff number (unique in the organisation).' })
  @Text(50)
  employeeNo?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title.' })
  @Text(200)
  jobTitle?: string | null;

  @Field(() => ID, { nullable: true, description: 'Job rank id.' })
  rankId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of employment, YYYY-MM-DD.' })
  @Text(10)
  employmentStartDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of employment, YYYY-MM-DD.' })
  @Text(10)
  employmentEndDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred language: en, zh-HK or zh-CN.' })
  @Text(10)
  locale?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone (protected).' })
  @Text(50)
  mobilePhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Personal email (protected).' })
  @Text(254)
  personalEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'Home address (protected).' })
  @LongText(500)
  homeAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'Id in an external HR system.' })
  @Text(100)
  externalId?: string | null;
}

@InputType({ description: 'A new person.' })
export class CreatePersonInput extends PersonDetailsInput {
  @Field(() => [MembershipInput], { description: 'At least one department.' })
  memberships!: MembershipInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Give the person a sign-in (with workEmail, which must be in a verified email domain of the organisation: EMAIL_DOMAIN_NOT_CLAIMED) using this first password.',
  })
  @Text(200)
  initialPassword?: string | null;
}

@InputType({ description: 'Changes to one membership.' })
export class UpdateMembershipInput {
  @Field(() => ID, { nullable: true, description: 'New manager; null clears it (department leaders then manage).' })
  managerId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this the primary position.' })
  isPrimary?: boolean | null;
}

@ObjectType({ description: 'What the caller may do with a person: the same rules the mutations check, asked in advance so a client offers only what will be allowed.' })
export class PersonPermissions {
  @Field(() => Boolean, { description: 'May change some of their details (updatePerson); which ones: editableFields.' })
  update!: boolean;

  @Field(() => [String], { description: 'The PersonDetailsInput fields the caller may change (empty when update is false).' })
  editableFields!: string[];

  @Field(() => [String], { description: 'Protected fields (e.g. mobilePhone) the caller may not read: null on the person because hidden, not because empty.' })
  hiddenFields!: string[];

  @Field(() => Boolean, { description: 'May archive them (archivePerson); never one’s own record, and false once archived.' })
  archive!: boolean;

  @Field(() => Boolean, { description: 'May add them to departments, remove them from one, or change their manager there (false once archived).' })
  changeMemberships!: boolean;
}

/** People, their departments and reporting lines. */
@Resolver(() => Person)
export class PersonResolver {
  @Can('read', 'Person')
  @Query(() => PersonList, { description: 'People the caller may see (filtered by their permissions in SQL).' })
  people(@Ctx() ctx: RequestContext, @Arg('filter', () => PersonFilter, { nullable: true }) filter: PersonFilter | null, @Args(() => PageArgs) page: PageArgs): Promise<PersonList> {
    return people.listPeople(ctx, filter ?? {}, page);
  }

  @Can('read', 'Person')
  @Query(() => Person, { description: 'One person.' })
  person(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Person> {
    return people.loadPerson(ctx, ctx.em, id);
  }

  @Can('read', 'Person')
  @Query(() => [WorkforceMonth], {
    description: 'Joiners, leavers and headcount for each of the last months (Hong Kong time, oldest first), from employment start and end dates.',
  })
  workforceByMonth(
    @Ctx() ctx: RequestContext,
    @Arg('months', () => Int, { defaultValue: 12, description: 'How many months, the current one included (1 to 60).' }) months: number,
  ): Promise<WorkforceMonth[]> {
    return people.workforceByMonth(ctx, months);
  }

  @SignedIn()
  @Query(() => Person, { description: 'The signed-in person (always visible to themselves, whatever their roles).' })
  me(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Person> {
    const fields = selectedFields(info);
    return people.loadMe(ctx, fields.has('memberships') || fields.has('rank'));
  }

  @Can('create', 'Person')
  @Mutation(() => Person, {
    description:
      'Adds a person with their departments, and a sign-in if an initial password is given: its email must be in a verified email domain of the organisation (EMAIL_DOMAIN_NOT_CLAIMED), then unused (EMAIL_TAKEN).',
  })
  createPerson(@Ctx() ctx: RequestContext, @Arg('input', () => CreatePersonInput) input: CreatePersonInput): Promise<Person> {
    return people.createPerson(ctx, input);
  }

  @Can('update', 'Person')
  @Mutation(() => Person, {
    description:
      'Changes a person’s details. Protected fields need a field permission. A new workEmail of someone who signs in moves their sign-in (their sessions end): it must be in a verified email domain of the organisation (EMAIL_DOMAIN_NOT_CLAIMED) and unused (EMAIL_TAKEN), and unless it is your own you must hold every right they hold (TARGET_HOLDS_MORE_RIGHTS): each grant of each of their roles must be implied by a grant of one of your roles whose department scope covers theirs, none of your denials may reach their grants, and only a platform operator may move an operator’s sign-in.',
  })
  updatePerson(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => PersonDetailsInput) input: PersonDetailsInput): Promise<Person> {
    return people.updatePerson(ctx, id, input);
  }

  @Can('archive', 'Person')
  @TextArgs({ lastDay: { max: 10 } })
  @Mutation(() => Person, { description: 'Marks a person as having left; their sign-in stops working.' })
  archivePerson(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('lastDay', () => String, { nullable: true }) lastDay?: string | null): Promise<Person> {
    return people.archivePerson(ctx, id, lastDay);
  }

  @Can('update', 'Person')
  @Mutation(() => Boolean, {
    description:
      'Ends every session of a person on every device (e.g. a lost phone); their access tokens stop working at once. Refused (TARGET_HOLDS_MORE_RIGHTS) for someone holding rights you do not. False when they have no sign-in.',
  })
  signOutPersonEverywhere(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    return people.signOutPersonEverywhere(ctx, id);
  }

  @Can('update', 'Person')
  @Mutation(() => Membership, { description: 'Adds a person to another department, with its own manager.' })
  addPersonToDepartment(@Ctx() ctx: RequestContext, @Arg('personId', () => ID) personId: string, @Arg('input', () => MembershipInput) input: MembershipInput): Promise<Membership> {
    return people.addMembership(ctx, personId, input);
  }

  @Can('update', 'Person')
  @Mutation(() => Membership, { description: 'Changes the manager of a membership or makes it primary.' })
  updateMembership(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateMembershipInput) input: UpdateMembershipInput): Promise<Membership> {
    return people.updateMembership(ctx, id, input);
  }

  @Can('update', 'Person')
  @Mutation(() => Boolean, { description: 'Removes a person from a department (an active person keeps at least one).' })
  removePersonFromDepartment(@Ctx() ctx: RequestContext, @Arg('membershipId', () => ID) membershipId: string): Promise<boolean> {
    return people.removeMembership(ctx, membershipId);
  }

  @Can('read', 'Person')
  @Query(() => [Person], { description: 'The person’s managers, nearest first (for the department given, else their primary one).' })
  async managerChain(@Ctx() ctx: RequestContext, @Arg('personId', () => ID) personId: string, @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null): Promise<Person[]> {
    return reportingLine.readable(ctx, await reportingLine.managerChain(ctx, personId, departmentId));
  }

  @Can('read', 'Person')
  @Query(() => Person, { nullable: true, description: 'The n-th manager up (1 = direct manager).' })
  async nthManager(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('level', () => Int) level: number,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null,
  ): Promise<Person | null> {
    const manager = await reportingLine.nthManager(ctx, personId, level, departmentId);
    return manager ? ((await reportingLine.readable(ctx, [manager]))[0] ?? null) : null;
  }

  @Can('read', 'Person')
  @TextArgs({ rankCode: { max: 20 } })
  @Query(() => Person, { nullable: true, description: 'The nearest manager at or above a job rank (by rank level).' })
  async firstManagerAtOrAboveRank(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID) personId: string,
    @Arg('rankCode', () => String) rankCode: string,
    @Arg('departmentId', () => ID, { nullable: true }) departmentId?: string | null,
  ): Promise<Person | null> {
    const manager = await reportingLine.firstManagerAtOrAboveRank(ctx, personId, rankCode, departmentId);
    return manager ? ((await reportingLine.readable(ctx, [manager]))[0] ?? null) : null;
  }

  @Can('read', 'Person')
  @Query(() => [Person], { description: 'Leaders of the department’s ancestor at a level counted from the top (1 = top level).' })
  async departmentHeads(@Ctx() ctx: RequestContext, @Arg('departmentId', () => ID) departmentId: string, @Arg('levelFromTop', () => Int) levelFromTop: number): Promise<Person[]> {
    return reportingLine.readable(ctx, await reportingLine.departmentHeads(ctx, departmentId, levelFromTop));
  }

  @FieldResolver(() => JobRank, { nullable: true, description: 'Job rank; null when none, or the caller may not read it.' })
  rank(@Root() person: Person, @Ctx() ctx: RequestContext): JobRank | null | Promise<JobRank | null> {
    return person.rank ? ctx.load(rankById, person.rank.id) : null;
  }

  @FieldResolver(() => [Membership], { description: 'Departments this person belongs to, primary first.' })
  memberships(@Root() person: Person, @Ctx() ctx: RequestContext): Membership[] | Promise<Membership[]> {
    return ctx.load(membershipsByPerson, person.id);
  }

  @FieldResolver(() => PersonPermissions, { description: 'What the caller may do with this person (computed in memory from their permissions; cheap in lists).' })
  viewerCan(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<PersonPermissions> {
    return people.personPermissions(ctx, person);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Mobile phone. Null unless the caller may read it.' })
  async mobilePhone(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await people.canReadField(ctx, person, 'mobilePhone')) ? person.mobilePhone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal email. Null unless the caller may read it.' })
  async personalEmail(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await people.canReadField(ctx, person, 'personalEmail')) ? person.personalEmail : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Home address. Null unless the caller may read it.' })
  async homeAddress(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await people.canReadField(ctx, person, 'homeAddress')) ? person.homeAddress : null;
  }
}

/** Joins of a membership to its department and manager. */
@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'The department; null when the caller may not read it (see departmentId).' })
  department(@Root() membership: Membership, @Ctx() ctx: RequestContext): Department | null | Promise<Department | null> {
    return ctx.load(departmentById, membership.department.id);
  }

  @FieldResolver(() => ID, { description: 'The department id.' })
  departmentId(@Root() membership: Membership): string {
    return membership.department.id;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the person is one of the leaders (heads) of this department; false when the caller may not read the department.' })
  isLeader(@Root() membership: Membership, @Ctx() ctx: RequestContext): boolean | Promise<boolean> {
    const departmentId = membership.department.id;
    return whenLoaded(ctx.load(departmentById, departmentId), (department) =>
      department ? whenLoaded(ctx.load(leaderIdsByDepartment, departmentId), (ids) => ids.includes(membership.person.id)) : false,
    );
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The explicit manager for this position, if set and the caller may read them.' })
  manager(@Root() membership: Membership, @Ctx() ctx: RequestContext): Person | null | Promise<Person | null> {
    return membership.manager ? ctx.load(personById, membership.manager.id) : null;
  }

  @FieldResolver(() => ID, { description: 'The person id.' })
  personId(@Root() membership: Membership): string {
    return membership.person.id;
  }
}
