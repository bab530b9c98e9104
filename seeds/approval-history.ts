import type { AppServices } from '../api/src/core/context/services.js';
import { ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus, ApprovalTemplate, ApprovalTemplateStatus } from '../api/src/modules/approvals/index.js';
import {
  approveTask,
  commentOnRequest,
  rejectTask,
  remindApprovers,
  resubmitRequest,
  returnTask,
  revokeRequest,
  submitRequest,
  withdrawRequest,
} from '../api/src/modules/approvals/requests.service.js';
import type { FormValues } from '../api/src/modules/approvals/form-values.js';
import type { DemoOrganization, DemoPerson } from './demo-data.js';
import { DAY, HOUR, isoDate, later, pastLane, prng, seedOf, tenantReader, weekday, type ActAt, type Random } from './replay.js';

/*
 * Three months of approval requests for a demo organisation, replayed through the same services as the API (see
 * replay.ts). Leave, make-up punches and overtime are attendance's requests, each with its AttendanceRequest: they are
 * replayed with the attendance history (attendance-history.ts), not here.
 */

/** Someone of the demo organisation, as created. */
export interface SeededPerson {
  id: string;
  displayName: string;
  demo: DemoPerson;
}

const HISTORY_DAYS = 90;
const LANES = 3;

const money = (amount: number) => ({ amount: amount.toFixed(2) });

/** What happens to a request after it is submitted. */
type Fate = 'approve' | 'reject' | 'return' | 'withdraw' | 'revoke' | 'wait';

/** A request to replay: who, on which template, with what, and how it ends. */
interface Plan {
  applicant: SeededPerson;
  key: string;
  values: FormValues;
  submittedAt: number;
  fate: Fate;
}

const texts = {
  tripDestinations: ['深圳前海', '廣州', '澳門', '新加坡', '上海', '東莞', '珠海'],
  tripPurposes: ['與供應商開會及驗貨', '參加行業展覽', '視察合作項目', '客戶會議', '培訓課程'],
  generalSubjects: [
    ['申請新辦公椅', '現時的椅子已損壞，影響工作。'],
    ['申請使用會議室作培訓', '下星期三下午需要大會議室進行新同事培訓。'],
    ['申請更換手提電腦', '電腦已用五年，經常當機。'],
    ['申請參加外間課程', '希望報讀職安健課程，費用由公司資助。'],
    ['申請調整工作時間', '因家庭需要，希望每星期一提早下班一小時。'],
    ['申請停車位', '需要駕駛公司車往返地盤。'],
  ],
  expensePurposes: ['客戶午餐', '地盤物資零星採購', '交通費', '出差費用', '辦公室用品', '團隊活動', '教材印刷'],
  approveComments: ['同意', '批准', 'OK，謝謝', '已核對，同意', '同意，請留意預算'],
  rejectReasons: ['預算不足，下季再申請', '日期與其他同事請假重疊，請改期', '資料不齊，請補充報價', '不符合公司政策', '金額過高，請重新報價'],
  returnReasons: ['請補上收據', '請註明項目編號', '日期有誤，請更正', '請補充詳細原因', '請附上報價單'],
  withdrawReasons: ['計劃有變', '已改期', '重複提交', '不再需要'],
  revokeReasons: ['行程取消', '不再需要放假', '計劃有變'],
  questions: ['請問可否提供更多資料？', '這項開支是否已包括在預算內？', '請問可以改期嗎？', '有沒有其他報價？'],
  answers: ['已補上資料，謝謝。', '已包括在本季預算內。', '可以，已和同事協調好。', '已經比較過三間供應商。'],
  nudges: ['麻煩盡快批核，謝謝！', '請問有沒有進展？'],
  mentions: ['請參閱，謝謝。', '請你跟進一下。'],
};

const procurementItems: Record<string, [string, string, number, number][]> = {
  wanghin: [
    ['安全帽（一批）', '安達安全用品', 800, 4_000],
    ['反光衣', '安達安全用品', 600, 3_000],
    ['電鑽及配件', '五金大王', 2_000, 12_000],
    ['棚架租用', '信興棚業', 20_000, 120_000],
    ['鋼筋', '協興建材', 60_000, 280_000],
    ['地盤辦公室冷氣機', '冷氣專家', 8_000, 30_000],
    ['測量儀器', '精準儀器', 30_000, 90_000],
  ],
  kaihong: [
    ['文具一批', '雅興文具', 300, 2_500],
    ['教材印刷', '快印坊', 2_000, 9_000],
    ['手提電腦', '電腦城', 6_000, 40_000],
    ['投影機', '影音專家', 4_000, 15_000],
    ['課室裝修', '好家居工程', 55_000, 150_000],
  ],
};

const sites: Record<string, { latitude: number; longitude: number; label: string }> = {
  'site-1': { latitude: 22.3246, longitude: 114.2006, label: '啟德發展區 2B 地盤' },
  'site-2': { latitude: 22.3078, longitude: 114.2603, label: '將軍澳 137 區地盤' },
};
const siteChanges = ['加建排水渠', '更改樓梯位置', '更換外牆物料', '加固臨時支撐', '修改電力線路走向', '增設防火門'];

/** The form values of a request on `key` submitted at `at` by `applicant`. */
function valuesFor(random: Random, org: DemoOrganization, key: string, at: number, applicant: SeededPerson, projectManagers: SeededPerson[]): FormValues {
  switch (key) {
    case 'expense': {
      const large = random.chance(0.15);
      const lines = random.int(1, large ? 3 : 4);
      const items = Array.from({ length: lines }, () => ({
        date: isoDate(weekday(at - random.int(1, 10) * DAY)),
        category: random.pick(['meals', 'transport', 'travel', 'office', 'entertainment', 'other']),
        amount: money(large ? random.between(4_000, 15_000) : random.between(40, 1_800)),
      }));
      return { purpose: random.pick(texts.expensePurposes), items };
    }
    case 'procurement': {
      const [item, supplier, min, max] = random.pick(procurementItems[org.slug] ?? procurementItems.kaihong);
      return { item, supplier, quantity: random.int(1, 20), amount: money(Math.round(random.between(min, max))), justification: '現有物資不足，需要補充。' };
    }
    case 'business-trip': {
      const start = weekday(at + random.int(5, 30) * DAY);
      return {
        destination: random.pick(texts.tripDestinations),
        dates: { start: isoDate(start), end: isoDate(weekday(start + random.int(0, 3) * DAY)) },
        purpose: random.pick(texts.tripPurposes),
        estimatedCost: money(Math.round(random.between(1_500, 18_000))),
      };
    }
    case 'site-change':
      return {
        site: sites[applicant.demo.department],
        description: `${random.pick(siteChanges)}（按顧問工程師指示）`,
        costImpact: money(Math.round(random.between(-20_000, 250_000) / 100) * 100),
        projectManager: random.pick(projectManagers.filter((pm) => pm.id !== applicant.id)).id,
      };
    default: {
      const [subject, details] = random.pick(texts.generalSubjects);
      return { subject, details };
    }
  }
}

/** How many of each template's requests a person of this organisation makes, relatively. */
function templateWeights(org: DemoOrganization, person: SeededPerson): Record<string, number> {
  const onSite = person.demo.department.startsWith('site-');
  return {
    expense: 14,
    procurement: person.demo.leads ? 14 : 5,
    'business-trip': onSite ? 2 : 5,
    'site-change': org.slug === 'wanghin' && onSite && ['P4', 'P5', 'M2'].includes(person.demo.rank) ? 14 : 0,
    general: 7,
  };
}

/** How the request ends, given how long ago it was submitted and whether its template may be revoked. */
function fateOf(random: Random, ageDays: number, revocable: boolean): Fate {
  if (ageDays < 2 && random.chance(0.6)) return 'wait';
  return random.weighted<Fate>({ approve: 68, reject: 9, return: 9, withdraw: 5, revoke: revocable ? 4 : 0, wait: ageDays < 10 ? 12 : 3 });
}

/** The number of the route's approval steps people decide (not those approved automatically). */
const humanSteps = (request: ApprovalRequest) => request.route.steps.filter((step) => step.type === 'APPROVAL' && (step.approvers ?? []).some((a) => !a.auto)).length;

/**
 * Replays about `count` requests over the last three months for one demo organisation, made by its `people` (the
 * `admin` decides where the library sends what nobody else could); returns how many were made. Actions that would fall
 * after the present are left undone, so recent requests are still waiting at some node.
 */
export async function seedApprovalHistory(
  services: AppServices,
  org: DemoOrganization,
  tenantId: string,
  people: SeededPerson[],
  admin: { id: string; displayName: string },
  count: number,
): Promise<number> {
  const random = prng(seedOf(org.slug));
  const horizon = Date.now() - 15 * 60_000;
  const reader = () => tenantReader(services, tenantId);
  const templates = new Map((await reader().find(ApprovalTemplate, { key: { $ne: null }, status: ApprovalTemplateStatus.ACTIVE })).map((t) => [t.key!, t]));
  const projectManagers = people.filter((p) => p.demo.jobTitle === '項目經理');
  const names = new Map([...people.map((p) => [p.id, p.displayName] as const), [admin.id, admin.displayName]]);

  const plans: Plan[] = [];
  for (let i = 0; i < count; i += 1) {
    // Leaders ask less often than their staff.
    const applicant = random.pick(people.filter((p) => !p.demo.leads || random.chance(0.4)));
    const weights = Object.fromEntries(Object.entries(templateWeights(org, applicant)).filter(([key, w]) => w > 0 && templates.has(key) && (key !== 'site-change' || projectManagers.length > 1)));
    const key = random.weighted(weights);
    const ageDays = random.between(0, HISTORY_DAYS);
    const submittedAt = later(random, horizon - ageDays * DAY, 0, 0);
    if (submittedAt > horizon) continue;
    const revocable = (templates.get(key)!.draft.policies.revokeWindowDays ?? 0) > 0;
    plans.push({ applicant, key, values: valuesFor(random, org, key, submittedAt, applicant, projectManagers), submittedAt, fate: fateOf(random, (horizon - submittedAt) / DAY, revocable) });
  }
  plans.sort((a, b) => a.submittedAt - b.submittedAt);

  const pendingTasks = (requestId: string) => reader().find(ApprovalTask, { request: requestId, status: ApprovalTaskStatus.PENDING }, { orderBy: { sequence: 'asc' } });
  // Requests are replayed in a few lanes at once (one lane's SQL runs while another's JavaScript does), each lane with
  // its own view of the services whose clock is set to the lane's current step; each request draws from its own PRNG,
  // so the outcome does not depend on how the lanes interleave.
  const lane = async (index: number) => {
    const { as } = pastLane(services, tenantId, names);
    for (let n = index; n < plans.length; n += LANES) await replay(plans[n], prng(seedOf(`${org.slug}:${n}`)), as);
  };
  await Promise.all(Array.from({ length: LANES }, (_, index) => lane(index)));
  return plans.length;

  async function replay(plan: Plan, random: Random, as: ActAt): Promise<void> {
    const applicantId = plan.applicant.id;
    let at = plan.submittedAt;
    let request = await as(applicantId, at, (ctx) => submitRequest(ctx, { templateId: templates.get(plan.key)!.id, values: plan.values }));
    let fate = plan.fate;
    const turningPoint = random.int(0, Math.max(0, humanSteps(request) - 1));
    let step = 0;
    if (random.chance(0.06)) {
      const colleagues = people.filter((p) => p.demo.department === plan.applicant.demo.department && p.id !== applicantId);
      const colleague = colleagues.length ? random.pick(colleagues) : null;
      if (colleague) request = await as(applicantId, (at += 60_000), (ctx) => commentOnRequest(ctx, request.id, { text: random.pick(texts.mentions), mentionedIds: [colleague.id] }));
    }
    while (request.status === ApprovalRequestStatus.RUNNING) {
      const tasks = (await pendingTasks(request.id)).filter((task) => names.has(task.assignee.id));
      if (tasks.length === 0) return;
      const task = random.pick(tasks);
      const approverId = task.assignee.id;
      const next = later(random, at, 0.3, 30);
      const turning = step === turningPoint && fate !== 'approve' && fate !== 'revoke';
      if (next > horizon || (turning && fate === 'wait')) {
        if (random.chance(0.3) && at + 3 * HOUR < horizon) await as(applicantId, later(random, at, 3, 8), (ctx) => remindApprovers(ctx, request.id));
        return;
      }
      at = next;
      if (random.chance(0.12)) {
        await as(approverId, at, (ctx) => commentOnRequest(ctx, request.id, { text: random.pick(texts.questions) }));
        at = later(random, at, 0.2, 6);
        if (at > horizon) return;
        await as(applicantId, at, (ctx) => commentOnRequest(ctx, request.id, { text: random.pick(texts.answers) }));
        at = later(random, at, 0.2, 6);
        if (at > horizon) return;
      }
      if (!turning) request = await as(approverId, at, (ctx) => approveTask(ctx, task.id, { comment: random.chance(0.4) ? random.pick(texts.approveComments) : null }));
      else if (fate === 'reject') request = await as(approverId, at, (ctx) => rejectTask(ctx, task.id, { comment: random.pick(texts.rejectReasons) }));
      else if (fate === 'withdraw') request = await as(applicantId, at, (ctx) => withdrawRequest(ctx, request.id, { reason: random.pick(texts.withdrawReasons) }));
      else {
        request = await as(approverId, at, (ctx) => returnTask(ctx, task.id, { reason: random.pick(texts.returnReasons) }));
        at = later(random, at, 1, 48);
        if (at > horizon || random.chance(0.15)) return;
        // Most applicants fix and resubmit; some give up.
        if (random.chance(0.25)) {
          await as(applicantId, at, (ctx) => withdrawRequest(ctx, request.id, { reason: random.pick(texts.withdrawReasons) }));
          return;
        }
        request = await as(applicantId, at, (ctx) => resubmitRequest(ctx, request.id, {}));
        fate = 'approve';
      }
      step += 1;
    }
    if (request.status === ApprovalRequestStatus.APPROVED && fate === 'revoke') {
      const revokedAt = later(random, at, 4, 72);
      if (revokedAt <= horizon) await as(applicantId, revokedAt, (ctx) => revokeRequest(ctx, request.id, { reason: random.pick(texts.revokeReasons) }));
    }
  }
}
