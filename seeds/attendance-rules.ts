import type { RequestContext } from '../api/src/core/context/request-context.js';
import { OvertimeMode } from '../api/src/modules/attendance/attendance-group.entity.js';
import { createGroup, createPlace, createShift } from '../api/src/modules/attendance/attendance-rules.service.js';
import type { DemoOrganization } from './demo-data.js';

/**
 * A demo organisation's attendance rules, made through the same services as the API (so they are audited): its places
 * with their geofences and Wi-Fi, its shifts, and groups tying departments to them. Returns how many groups it made.
 */
export async function seedAttendanceRules(ctx: RequestContext, demo: DemoOrganization, departmentIds: Map<string, string>): Promise<number> {
  const places = new Map<string, string>();
  for (const { key, ...place } of demo.attendance.places) places.set(key, (await createPlace(ctx, place)).id);
  const shifts = new Map<string, string>();
  for (const { key, ...shift } of demo.attendance.shifts) shifts.set(key, (await createShift(ctx, shift)).id);
  for (const group of demo.attendance.groups) {
    await createGroup(ctx, {
      name: group.name,
      departmentIds: group.departments.map((key) => departmentIds.get(key)!),
      placeIds: group.places.map((key) => places.get(key)!),
      shiftId: shifts.get(group.shift)!,
      offsiteAllowed: group.offsiteAllowed,
      offsiteRequiresRemark: group.offsiteRequiresRemark,
      monitoringNotice: group.monitoringNotice,
      overtimeMode: OvertimeMode[group.overtimeMode],
    });
  }
  return demo.attendance.groups.length;
}
