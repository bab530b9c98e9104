import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Department, Person } from '../org/index.js';

/**
 * One permission rule as authored: grant (or, when inverted, deny) `action` on `subject`, optionally only where
 * `conditions` match and only for `fields`. Condition values may use placeholders: "$me", "$myDepartments",
 * "$managedDepartments" (departments the person leads, with their subtrees).
 */
export interface RoleRule {
  action: string;
  subject: string;
  conditions?: Record<string, unknown> | null;
  fields?: string[] | null;
  inverted?: boolean | null;
  description?: string | null;
}

/** A named set of rules. Built-in roles are seeded per organisation and can be edited but not deleted. */
@ObjectType({ description: 'A role: a named list of permission rules given to people.' })
@Entity({ tableName: 'role' })
@Unique({ properties: ['tenantId', 'key'] })
@Unique({ properties: ['tenantId', 'name'] })
export class Role extends TenantEntity<'key' | 'description' | 'builtIn' | 'rules'> {
  @Field(() => ID, { description: 'Role id.' })
  declare id: string;

  // name and description are exposed by RoleResolver (built-in roles read in the caller's language)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Stable key of a built-in role (org-admin, hr, finance, department-manager, employee, auditor).' })
  @Property({ type: 'string', length: 50, nullable: true })
  key: string | null = null;

  @Property({ type: 'string', length: 500, default: '' })
  description: string = '';

  @Field(() => Boolean, { description: 'Seeded by Harbour; cannot be deleted.' })
  @Property({ type: 'boolean', default: false })
  builtIn: boolean = false;

  @Property({ type: 'json' })
  rules: RoleRule[] = [];
}

/** A role given to a person, optionally only within a department subtree. */
@ObjectType({ description: 'A role given to a person, optionally limited to a department and its sub-departments.' })
@Entity({ tableName: 'role_assignment' })
@Unique({ properties: ['role', 'person', 'scopeDepartment'] })
export class RoleAssignment extends TenantEntity<'scopeDepartment'> {
  @Field(() => ID, { description: 'Assignment id.' })
  declare id: string;

  @ManyToOne(() => Role, { deleteRule: 'cascade' })
  role!: Rel<Role>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'cascade' })
  scopeDepartment: Rel<Department> | null = null;

  @Field(() => Date, { description: 'When the role was given.' })
  declare createdAt: Date;
}
