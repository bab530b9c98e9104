import { BoundedJSONObject } from '../../core/graphql/json-object.js';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { actionsOf, allActions, allSubjects } from '../../core/authz/vocabulary.js';
import { translate } from '../../core/i18n/i18n.js';
import { Can, SignedIn } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { Department, Person, departmentById, personById } from '../org/index.js';
import { assignmentsByPerson, holderCountByRole, roleById } from './access.loaders.js';
import * as access from './access.service.js';
import { builtInRoleText, builtInRuleDescription } from './built-in-roles.js';
import { Role, RoleAssignment, type RoleRule } from './role.entity.js';
import { placeholders } from './rules.js';
import { LongText, Text } from '../../core/graphql/text.js';

@ObjectType({ description: 'One permission rule of a role.' })
export class PermissionRule {
  @Field(() => String, { description: 'Action: manage (all actions), read, create, update, delete, archive, move, assign, import, verify, or a verb a module declares (see permissionVocabulary).' })
  action!: string;

  @Field(() => String, { description: 'Subject type, e.g. Person, or "all".' })
  subject!: string;

  @Field(() => BoundedJSONObject, { nullable: true, description: 'Only where these conditions match, e.g. {"departmentIds":{"$in":"$managedDepartments"}}.' })
  conditions?: Record<string, unknown> | null;

  @Field(() => [String], { nullable: true, description: 'Only these fields (e.g. protected contact fields).' })
  fields?: string[] | null;

  @Field(() => Boolean, { description: 'A denial ("cannot"); denials win over grants.' })
  inverted!: boolean;

  @Field(() => String, { nullable: true, description: 'Why the rule exists.' })
  description?: string | null;
}

@InputType({ description: 'One permission rule.' })
export class PermissionRuleInput {
  @Field(() => String, { description: 'Action.' })
  @Text(50)
  action!: string;

  @Field(() => String, { description: 'Subject type or "all".' })
  @Text(50)
  subject!: string;

  @Field(() => BoundedJSONObject, {
    nullable: true,
    description:
      'Conditions (condition fields of the subject; placeholders $me, $myDepartments, $managedDepartments, and "$subtree:<department id>" in a list for that department and its sub-departments).',
  })
  conditions?: Record<string, unknown> | null;

  @Field(() => [String], { nullable: true, description: 'Restrict to these fields.' })
  @Text(100)
  fields?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Make this a denial.' })
  inverted?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Why the rule exists.' })
  @Text(200)
  description?: string | null;
}

@InputType({ description: 'A new role.' })
export class CreateRoleInput {
  @Field(() => String, { description: 'Name.' })
  @Text(100)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the role is for.' })
  @LongText(500)
  description?: string | null;

  @Field(() => [PermissionRuleInput], { description: 'Rules.' })
  rules!: PermissionRuleInput[];
}

@InputType({ description: 'Changes to a role; omitted fields stay.' })
export class UpdateRoleInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  @Text(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  @LongText(500)
  description?: string | null;

  @Field(() => [PermissionRuleInput], { nullable: true, description: 'The complete new list of rules.' })
  rules?: PermissionRuleInput[] | null;
}

@InputType({ description: 'Give a role to a person.' })
export class AssignRoleInput {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field(() => ID, { description: 'The role.' })
  roleId!: string;

  @Field(() => ID, { nullable: true, description: 'Limit the role to this department and its sub-departments.' })
  scopeDepartmentId?: string | null;
}

@InputType({ description: 'The question "can this person do this?".' })
export class ExplainPermissionInput {
  @Field(() => ID, { description: 'The person asked about.' })
  personId!: string;

  @Field(() => String, { description: 'The action, e.g. update.' })
  @Text(50)
  action!: string;

  @Field(() => String, { description: 'The subject type, e.g. Person.' })
  @Text(50)
  subject!: string;

  @Field(() => ID, { nullable: true, description: 'A specific record of that subject.' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'A specific field, e.g. mobilePhone.' })
  @Text(100)
  field?: string | null;
}

@ObjectType({ description: 'Whether a person may do something, and which role and rule decided it.' })
export class PermissionExplanation {
  @Field(() => Boolean, { description: 'The answer: true also when allowed only for some records or fields (see conditional).' })
  allowed!: boolean;

  @Field(() => Boolean, { description: 'Allowed only for some records or fields (asked without a record, or without a field of a field-limited grant).' })
  conditional!: boolean;

  @Field(() => String, { nullable: true, description: 'When conditional: how far it reaches, in the caller’s language, e.g. "Only for their own record".' })
  condition!: string | null;

  @Field(() => String, { description: 'The answer in words, in the caller’s language.' })
  explanation!: string;

  @Field(() => ID, { nullable: true, description: 'The deciding role.' })
  roleId!: string | null;

  @Field(() => String, { nullable: true, description: 'The deciding role’s name.' })
  roleName!: string | null;

  @Field(() => Int, { nullable: true, description: 'The deciding rule’s position in that role (from 1).' })
  ruleNumber!: number | null;

  @Field(() => PermissionRule, { nullable: true, description: 'The deciding rule.' })
  rule!: PermissionRule | null;
}

export enum AccessLevel {
  ALL = 'ALL',
  CONDITIONAL = 'CONDITIONAL',
  NONE = 'NONE',
}
registerEnumType(AccessLevel, { name: 'AccessLevel', description: 'ALL: everywhere; CONDITIONAL: only where conditions or field limits hold; NONE: never.' });

@ObjectType({ description: 'What a role allows for one subject and action.' })
export class EffectivePermission {
  @Field(() => String, { description: 'Subject type.' })
  subject!: string;

  @Field(() => String, { description: 'Action.' })
  action!: string;

  @Field(() => AccessLevel, { description: 'How much is allowed.' })
  access!: AccessLevel;

  @Field(() => [String], { description: 'The conditions and field limits involved, as written.' })
  conditions!: string[];

  @Field(() => [String], { description: 'The same limits in words, in the caller’s language (e.g. "Only for their own record"); empty when NONE.' })
  reach!: string[];

  @Field(() => [String], { nullable: true, description: 'When only some fields are allowed: which.' })
  fields!: string[] | null;
}

@ObjectType({ description: 'Whether the signed-in person may perform an action on a subject type (in at least some cases).' })
export class MyPermission {
  @Field(() => String, { description: 'Subject type.' })
  subject!: string;

  @Field(() => String, { description: 'Action.' })
  action!: string;

  @Field(() => Boolean, { description: 'Allowed in at least some cases.' })
  allowed!: boolean;

  @Field(() => Boolean, { description: 'Allowed only for some records or fields (e.g. only one’s own record): check the record.' })
  conditional!: boolean;
}

@ObjectType({ description: 'A verb rules can grant.' })
export class PermissionAction {
  @Field(() => String, { description: 'Name as rules write it, e.g. read or approve.' })
  name!: string;

  @Field(() => String, { description: 'The verb in the caller’s language.' })
  label!: string;
}

export enum PermissionScope {
  EVERYONE = 'EVERYONE',
  MY_DEPARTMENTS = 'MY_DEPARTMENTS',
  MANAGED_DEPARTMENTS = 'MANAGED_DEPARTMENTS',
  OWN_RECORD = 'OWN_RECORD',
  CHOSEN_DEPARTMENTS = 'CHOSEN_DEPARTMENTS',
  NAMED = 'NAMED',
}
registerEnumType(PermissionScope, {
  name: 'PermissionScope',
  description:
    'How far a rule reaches: EVERYONE (no condition); MY_DEPARTMENTS ({departmentField: {$in: "$myDepartments"}}); MANAGED_DEPARTMENTS ({departmentField: {$in: "$managedDepartments"}}); OWN_RECORD ({ownRecordField: "$me"}); CHOSEN_DEPARTMENTS ({departmentField: {$in: ["$subtree:<department id>", …]}}: those departments and their sub-departments); NAMED (a scope the subject’s module declares: exactly the option’s conditions).',
});

@ObjectType({ description: 'A scope the rule editor offers for a subject.' })
export class PermissionScopeOption {
  @Field(() => PermissionScope, { description: 'The scope.' })
  scope!: PermissionScope;

  @Field(() => String, { description: 'The scope in the caller’s language.' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'For NAMED: the name the module gives the scope, e.g. published; null otherwise.' })
  name!: string | null;

  @Field(() => BoundedJSONObject, { nullable: true, description: 'For NAMED: the conditions a rule with this scope has, exactly; null otherwise.' })
  conditions!: Record<string, unknown> | null;
}

@ObjectType({ description: 'A field of a subject, labelled.' })
export class PermissionField {
  @Field(() => String, { description: 'Name as rules write it, e.g. mobilePhone.' })
  name!: string;

  @Field(() => String, { description: 'The field in the caller’s language.' })
  label!: string;
}

@ObjectType({ description: 'A subject type rules can name.' })
export class PermissionSubject {
  @Field(() => String, { description: 'Name, e.g. Person.' })
  name!: string;

  @Field(() => String, { description: 'The subject in the caller’s language.' })
  label!: string;

  @Field(() => [String], { description: 'The actions that mean something for this subject (besides manage, which stands for all of them).' })
  actions!: string[];

  @Field(() => String, { description: 'What it covers.' })
  description!: string;

  @Field(() => [String], { description: 'Fields rule conditions may test.' })
  conditionFields!: string[];

  @Field(() => [String], { description: 'Fields only rules that name them grant (protected).' })
  protectedFields!: string[];

  @Field(() => [PermissionField], { description: 'The protected fields with their labels in the caller’s language.' })
  protectedFieldLabels!: PermissionField[];

  @Field(() => [String], { description: 'Fields any reader sees: a read rule that withholds the protected fields lists these (and the protected ones it grants).' })
  openFields!: string[];

  @Field(() => [PermissionField], { description: 'The open fields with their labels in the caller’s language (what an edit grant may be limited to, with the protected ones).' })
  openFieldLabels!: PermissionField[];

  @Field(() => [PermissionScopeOption], { description: 'The scopes its condition fields allow, EVERYONE first, then the module’s named scopes.' })
  scopes!: PermissionScopeOption[];

  @Field(() => String, { nullable: true, description: 'The condition field the department scopes test; null when the subject has no department dimension.' })
  departmentField!: string | null;

  @Field(() => String, { nullable: true, description: 'The condition field "their own record" tests against $me; null when records do not belong to a person.' })
  ownRecordField!: string | null;
}

@ObjectType({ description: 'The words rules are written in.' })
export class PermissionVocabulary {
  @Field(() => [String], { description: 'Actions: the core verbs, then those modules declare.' })
  actions!: string[];

  @Field(() => [PermissionAction], { description: 'The same actions, with their labels in the caller’s language.' })
  actionLabels!: PermissionAction[];

  @Field(() => [PermissionSubject], { description: 'Subject types.' })
  subjects!: PermissionSubject[];

  @Field(() => [String], { description: 'Placeholders condition values may use.' })
  placeholders!: string[];
}

const toRuleView = (rule: RoleRule): PermissionRule => ({
  action: rule.action,
  subject: rule.subject,
  conditions: rule.conditions ?? null,
  fields: rule.fields ?? null,
  inverted: rule.inverted ?? false,
  description: rule.description ?? null,
});

/** Roles, assignments, explanation and preview of permissions. */
@Resolver(() => Role)
export class RoleResolver {
  @Can('read', 'Role')
  @Query(() => [Role], { description: 'The organisation’s roles.' })
  roles(@Ctx() ctx: RequestContext): Promise<Role[]> {
    return access.listRoles(ctx);
  }

  @Can('read', 'Role')
  @Query(() => Role, { description: 'One role.' })
  role(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Role> {
    return access.loadRole(ctx, ctx.em, id);
  }

  @Can('read', 'Role')
  @Query(() => [RoleAssignment], { description: 'Role assignments of a person or of a role: those whose role and person the caller may both read.' })
  roleAssignments(
    @Ctx() ctx: RequestContext,
    @Arg('personId', () => ID, { nullable: true }) personId?: string | null,
    @Arg('roleId', () => ID, { nullable: true }) roleId?: string | null,
  ): Promise<RoleAssignment[]> {
    return access.listAssignments(ctx, { personId, roleId });
  }

  @Can('read', 'Role')
  @Query(() => PermissionVocabulary, { description: 'Actions, subjects, condition fields and placeholders for the rule editor.' })
  permissionVocabulary(@Ctx() ctx: RequestContext): PermissionVocabulary {
    const actions = allActions();
    return {
      actions: actions.map((action) => action.name),
      actionLabels: actions.map((action) => ({ name: action.name, label: action.label[ctx.locale] })),
      subjects: allSubjects().map((s) => {
        const departmentField = s.scopeFields?.[0] ?? null;
        const scopes = [
          PermissionScope.EVERYONE,
          ...(departmentField ? [PermissionScope.MY_DEPARTMENTS, PermissionScope.MANAGED_DEPARTMENTS, PermissionScope.CHOSEN_DEPARTMENTS] : []),
          ...(s.ownRecordField ? [PermissionScope.OWN_RECORD] : []),
        ];
        return {
          name: s.name,
          label: translate(`SUBJECT_${s.name}`, ctx.locale),
          description: s.description,
          actions: actionsOf(s),
          conditionFields: Object.keys(s.conditionFields),
          protectedFields: s.protectedFields ?? [],
          protectedFieldLabels: (s.protectedFields ?? []).map((name) => ({ name, label: translate(`FIELD_${s.name}_${name}`, ctx.locale) })),
          openFields: s.openFields ?? [],
          openFieldLabels: (s.openFields ?? []).map((name) => ({ name, label: translate(`FIELD_${s.name}_${name}`, ctx.locale) })),
          scopes: [
            ...scopes.map((scope) => ({ scope, label: translate(`SCOPE_LABEL_${scope}`, ctx.locale), name: null, conditions: null })),
            ...(s.namedScopes ?? []).map((named) => ({ scope: PermissionScope.NAMED, label: named.label[ctx.locale], name: named.name, conditions: named.conditions })),
          ],
          departmentField,
          ownRecordField: s.ownRecordField ?? null,
        };
      }),
      placeholders: [...placeholders],
    };
  }

  @Can('read', 'Role')
  @Query(() => PermissionExplanation, { description: 'Can this person do this — and which role and rule decides?' })
  async explainPermission(@Ctx() ctx: RequestContext, @Arg('input', () => ExplainPermissionInput) input: ExplainPermissionInput): Promise<PermissionExplanation> {
    const result = await access.explainPermission(ctx, input);
    return { ...result, rule: result.rule ? toRuleView(result.rule) : null };
  }

  @Can('read', 'Role')
  @Query(() => [EffectivePermission], { description: 'The effective permissions of a set of rules, before saving them to a role.' })
  async previewRolePermissions(@Ctx() ctx: RequestContext, @Arg('rules', () => [PermissionRuleInput]) rules: PermissionRuleInput[]): Promise<EffectivePermission[]> {
    return (await access.previewPermissions(ctx, rules)) as EffectivePermission[];
  }

  @SignedIn()
  @Query(() => [MyPermission], { description: 'What the signed-in person may do, per subject and action (for showing menus and buttons).' })
  myPermissions(@Ctx() ctx: RequestContext): MyPermission[] {
    return access.myPermissions(ctx);
  }

  @Can('create', 'Role')
  @Mutation(() => Role, { description: 'Creates a custom role.' })
  createRole(@Ctx() ctx: RequestContext, @Arg('input', () => CreateRoleInput) input: CreateRoleInput): Promise<Role> {
    return access.createRole(ctx, input);
  }

  @Can('update', 'Role')
  @Mutation(() => Role, { description: 'Changes a role’s name, description or rules.' })
  updateRole(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateRoleInput) input: UpdateRoleInput): Promise<Role> {
    return access.updateRole(ctx, id, input);
  }

  @Can('delete', 'Role')
  @Mutation(() => Boolean, {
    description:
      'Deletes a custom role. While people hold it (see holderCount) it is refused with ROLE_IN_USE unless removeFromHolders is true, which takes it from each holder as unassignRole does (and needs the right to assign the role).',
  })
  deleteRole(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('removeFromHolders', () => Boolean, { nullable: true, description: 'Take the role back from everyone who holds it (each audited as an unassignment).' })
    removeFromHolders?: boolean | null,
  ): Promise<boolean> {
    return access.deleteRole(ctx, id, removeFromHolders ?? false);
  }

  @Can('assign', 'Role')
  @Mutation(() => RoleAssignment, { description: 'Gives a role to a person (optionally only within a department subtree).' })
  assignRole(@Ctx() ctx: RequestContext, @Arg('input', () => AssignRoleInput) input: AssignRoleInput): Promise<RoleAssignment> {
    return access.assignRole(ctx, input);
  }

  @Can('assign', 'Role')
  @Mutation(() => Boolean, { description: 'Takes a role back from a person.' })
  unassignRole(@Ctx() ctx: RequestContext, @Arg('assignmentId', () => ID) assignmentId: string): Promise<boolean> {
    return access.unassignRole(ctx, assignmentId);
  }

  @FieldResolver(() => String, { description: 'Name shown to admins; a built-in role not renamed reads in the caller’s language.' })
  name(@Root() role: Role, @Ctx() ctx: RequestContext): string {
    return builtInRoleText(role, 'name', ctx.locale);
  }

  @FieldResolver(() => String, { description: 'What the role is for; a built-in role’s, unless rewritten, in the caller’s language.' })
  description(@Root() role: Role, @Ctx() ctx: RequestContext): string {
    return builtInRoleText(role, 'description', ctx.locale);
  }

  @FieldResolver(() => Int, { description: 'How many people hold the role (in any scope): who would lose it if it were deleted.' })
  holderCount(@Root() role: Role, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loader(holderCountByRole).load(role.id);
  }

  @FieldResolver(() => [PermissionRule], { description: 'The rules, in order (a built-in role’s without the English descriptions earlier versions seeded).' })
  rules(@Root() role: Role): PermissionRule[] {
    return role.rules.map((rule) => ({ ...toRuleView(rule), description: builtInRuleDescription(role, rule.description) }));
  }
}

/** Joins of an assignment. */
@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @FieldResolver(() => Role, { nullable: true, description: 'The role; null when the caller may not read it.' })
  role(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext): Promise<Role | null> {
    return ctx.loader(roleById).load(assignment.role.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The person; null when the caller may not read them.' })
  person(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loader(personById).load(assignment.person.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The department subtree the role is limited to.' })
  scopeDepartmentId(@Root() assignment: RoleAssignment): string | null {
    return assignment.scopeDepartment?.id ?? null;
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The department subtree the role is limited to; null when unlimited or the caller may not read it.' })
  scopeDepartment(@Root() assignment: RoleAssignment, @Ctx() ctx: RequestContext): Promise<Department | null> | null {
    return assignment.scopeDepartment ? ctx.loader(departmentById).load(assignment.scopeDepartment.id) : null;
  }
}

/** Adds a person's roles to the Person type (access depends on org, not the other way round). */
@Resolver(() => Person)
export class PersonRolesResolver {
  @FieldResolver(() => [RoleAssignment], { description: 'Roles given to this person, those whose role the caller may read.' })
  async roleAssignments(@Root() person: Person, @Ctx() ctx: RequestContext): Promise<RoleAssignment[]> {
    return ctx.loader(assignmentsByPerson).load(person.id);
  }
}
