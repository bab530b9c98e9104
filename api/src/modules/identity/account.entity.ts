import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { TenantEntity } from '../../core/database/base.entity.js';

/**
 * The sign-in credential of one person. Emails are unique across the platform so sign-in needs no organisation.
 * `personId` points at the org module's Person (kept as a plain id: identity does not depend on org).
 */
@Entity({ tableName: 'account' })
export class Account extends TenantEntity<'locale' | 'isPlatformAdmin' | 'failedSignIns' | 'lockedUntil' | 'lastSignInAt' | 'disabledAt'> {
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Property({ type: 'uuid', unique: true })
  personId!: string;

  /** A copy of the person's display name, so tokens and audit entries can name the actor without the org module. */
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** A copy of the person's preferred language: errors and messages use it before the browser's Accept-Language. */
  @Property({ type: 'string', length: 10, nullable: true })
  locale: string | null = null;

  @Property({ type: 'text' })
  passwordHash!: string;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: boolean = false;

  @Property({ type: 'integer', default: 0 })
  failedSignIns: number = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  disabledAt: Date | null = null;
}

/**
 * A refresh token (only its SHA-256 is stored). Tokens rotate on every use; all tokens issued from one sign-in share a
 * family, and presenting an already-rotated token revokes the whole family (it was stolen or replayed).
 */
@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['familyId'] })
@Index({ properties: ['accountId', 'revokedAt'] })
export class RefreshToken extends TenantEntity {
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  rotatedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
