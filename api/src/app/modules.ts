import type { HarbourModule } from '../core/context/module.js';
import { accessModule } from '../modules/access/index.js';
import { announcementsModule } from '../modules/announcements/index.js';
import { attendanceModule } from '../modules/attendance/index.js';
import { approvalsModule } from '../modules/approvals/index.js';
import { auditModule } from '../modules/audit/index.js';
import { identityModule } from '../modules/identity/index.js';
import { messagingModule } from '../modules/messaging/index.js';
import { orgModule } from '../modules/org/index.js';
import { platformModule } from '../modules/platform/index.js';
import { tenancyModule } from '../modules/tenancy/index.js';
import { worktimeModule } from '../modules/worktime/index.js';

/** Every domain module, in dependency order. Adding a domain = adding it here (see README, "Adding a module"). */
export const modules: HarbourModule[] = [
  identityModule,
  orgModule,
  worktimeModule,
  accessModule,
  tenancyModule,
  auditModule,
  platformModule,
  approvalsModule,
  attendanceModule,
  announcementsModule,
  messagingModule,
];
