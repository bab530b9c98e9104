import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import { whenLoaded, type RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs, checkPage } from '../../core/graphql/pagination.js';
import { selectedFields } from '../../core/graphql/selection.js';
import { Department } from './department.entity.js';
import * as departments from './department.service.js';
import { childrenByDepartment, departmentById, foundValues, headcountByDepartment, leaderIdsByDepartment, personById, visibleMembersByDepartment } from './org.loaders.js';
import { Person } from './person.entity.js';
import { PersonList } from './person.resolver.js';
import { Text, TextArgs } from '../../core/graphql/text.js';

@ObjectType({ description: 'A page of departments.' })
export class DepartmentList extends ListOf(Department, 'DepartmentList', 'A page of departments.') {}

@InputType({ description: 'Which departments to list.' })
export class DepartmentFilter {
  @Field(() => ID, { nullable: true, description: 'Only direct children of this department.' })
  parentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level departments.' })
  rootsOnly?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Matches name or code (case-insensitive).' })
  @Text(100)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Include archived departments.' })
  includeArchived?: boolean | null;
}

@InputType({ description: 'A new department.' })
export class CreateDepartmentInput {
  @Field(() => String, { description: 'Name, e.g. 安全部.' })
  @Text(200)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Parent department; omit for a top-level department.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Optional short code.' })
  @Text(50)
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Id in an external HR system.' })
  @Text(100)
  externalId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Position among siblings.' })
  sortOrder?: number | null;
}

@ObjectType({ description: 'What the caller may do with a department: the same rules the mutations check, asked in advance so a client offers only what will be allowed.' })
export class DepartmentPermissions {
  @Field(() => Boolean, { description: 'May rename it or set its leaders (renameDepartment, setDepartmentLeaders).' })
  update!: boolean;

  @Field(() => Boolean, { description: 'May move it (moveDepartment; the destination is checked when moving).' })
  move!: boolean;

  @Field(() => Boolean, { description: 'May archive it (archiveDepartment; it must be empty).' })
  archive!: boolean;

  @Field(() => Boolean, { description: 'May create a department under it (createDepartment with this parentId).' })
  createSubDepartment!: boolean;
}

/** Department tree: queries, the named state changes, and the fields that join to people. */
@Resolver(() => Department)
export class DepartmentResolver {
  @Can('read', 'Department')
  @Query(() => DepartmentList, { description: 'Departments the caller may see.' })
  departments(@Ctx() ctx: RequestContext, @Arg('filter', () => DepartmentFilter, { nullable: true }) filter: DepartmentFilter | null, @Args(() => PageArgs) page: PageArgs): Promise<DepartmentList> {
    return departments.listDepartments(ctx, filter ?? {}, page);
  }

  @Can('read', 'Department')
  @Query(() => Department, { description: 'One department.' })
  department(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Department> {
    return departments.loadDepartment(ctx, ctx.em, id);
  }

  @Can('read', 'Department')
  @Query(() => [Department], { description: 'A department and every department below it, depth-first (recursive, in SQL).' })
  departmentSubtree(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Department[]> {
    const fields = selectedFields(info);
    return departments.departmentSubtree(ctx, id, fields.has('members') || fields.has('leaders'));
  }

  @Can('read', 'Department')
  @Query(() => Boolean, { description: 'Whether the caller may create a top-level department (createDepartment without parentId).' })
  viewerCanCreateTopLevelDepartment(@Ctx() ctx: RequestContext): boolean {
    return departments.mayCreateTopLevelDepartment(ctx);
  }

  @Can('create', 'Department')
  @Mutation(() => Department, { description: 'Creates a department.' })
  createDepartment(@Ctx() ctx: RequestContext, @Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput): Promise<Department> {
    return departments.createDepartment(ctx, input);
  }

  @Can('update', 'Department')
  @TextArgs({ name: { max: 200 }, code: { max: 50 }, externalId: { max: 100 } })
  @Mutation(() => Department, { description: 'Renames a department (and optionally changes its code and external id).' })
  renameDepartment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String) name: string,
    @Arg('code', () => String, { nullable: true }) code?: string | null,
    @Arg('externalId', () => String, {
      nullable: true,
      description: 'Id in an external HR system, which CSV and Excel imports match on; unique in the organisation (DUPLICATE_VALUE). Omit to keep it, null or empty to clear it.',
    })
    externalId?: string | null,
  ): Promise<Department> {
    return departments.renameDepartment(ctx, id, name, code, externalId);
  }

  @Can('move', 'Department')
  @Mutation(() => Department, { description: 'Moves a department under another (null: to the top level). Refuses cycles.' })
  moveDepartment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('newParentId', () => ID, { nullable: true }) newParentId: string | null,
    @Arg('sortOrder', () => Int, { nullable: true }) sortOrder?: number | null,
  ): Promise<Department> {
    return departments.moveDepartment(ctx, id, newParentId ?? null, sortOrder);
  }

  @Can('move', 'Department')
  @Mutation(() => [Department], {
    description: 'Puts the sub-departments of a department (or the top-level departments) in a new order; every one of them must be listed once (DEPARTMENT_SIBLINGS_MISSING).',
  })
  reorderDepartments(
    @Ctx() ctx: RequestContext,
    @Arg('parentId', () => ID, { nullable: true, description: 'The parent whose sub-departments are ordered; null for the top level.' }) parentId: string | null,
    @Arg('departmentIds', () => [ID], { description: 'The sub-departments, first to last.' }) departmentIds: string[],
  ): Promise<Department[]> {
    return departments.reorderDepartments(ctx, parentId ?? null, departmentIds);
  }

  @Can('archive', 'Department')
  @Mutation(() => Department, { description: 'Archives an empty department.' })
  archiveDepartment(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Department> {
    return departments.archiveDepartment(ctx, id);
  }

  @Can('update', 'Department')
  @Mutation(() => Department, { description: 'Replaces the leaders (heads) of a department.' })
  setDepartmentLeaders(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('personIds', () => [ID]) personIds: string[]): Promise<Department> {
    return departments.setDepartmentLeaders(ctx, id, personIds);
  }

  @FieldResolver(() => DepartmentPermissions, { description: 'What the caller may do with this department (computed in memory from their permissions).' })
  viewerCan(@Root() department: Department, @Ctx() ctx: RequestContext): DepartmentPermissions {
    return departments.departmentPermissions(ctx, department);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The parent department id; null at the top level.' })
  parentId(@Root() department: Department): string | null {
    return department.parent?.id ?? null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The parent department; null at the top level or when the caller may not read it.' })
  parent(@Root() department: Department, @Ctx() ctx: RequestContext): Department | null | Promise<Department | null> {
    return department.parent ? ctx.load(departmentById, department.parent.id) : null;
  }

  @FieldResolver(() => [Department], { description: 'Active sub-departments the caller may read, in order.' })
  children(@Root() department: Department, @Ctx() ctx: RequestContext): Department[] | Promise<Department[]> {
    return ctx.load(childrenByDepartment, department.id);
  }

  @FieldResolver(() => Int, { description: 'Active people in this department or any below it (each once), counting only people the caller may read.' })
  headcount(@Root() department: Department, @Ctx() ctx: RequestContext): number | Promise<number> {
    return ctx.load(headcountByDepartment, department.id);
  }

  @FieldResolver(() => [Person], { description: 'The leaders (heads) of this department whom the caller may read.' })
  leaders(@Root() department: Department, @Ctx() ctx: RequestContext): Person[] | Promise<Person[]> {
    return whenLoaded(ctx.load(leaderIdsByDepartment, department.id), (ids) => whenLoaded(ctx.loadMany(personById, ids), foundValues));
  }

  @FieldResolver(() => PersonList, { description: 'Active direct members the caller may see.' })
  members(@Root() department: Department, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): PersonList | Promise<PersonList> {
    const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
    return whenLoaded(ctx.load(visibleMembersByDepartment, department.id), (all) => ({ items: all.slice(offset, offset + limit), totalCount: all.length }));
  }
}
