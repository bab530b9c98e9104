import { Readable } from 'node:stream';
import sharp from 'sharp';
import type { RequestContext } from '../api/src/core/context/request-context.js';
import type { AppServices } from '../api/src/core/context/services.js';
import { uploadFile } from '../api/src/core/storage/files.service.js';
import { sql, tenantSql, TENANT } from '../api/src/core/database/sql.js';
import {
  changeMessagingPolicy,
  ConversationKind,
  createConversation,
  editMessage,
  markConversationRead,
  MessageKind,
  messagingPolicy,
  myConversations,
  reactToMessage,
  recallMessage,
  sendMessage,
  startDirectConversation,
} from '../api/src/modules/messaging/index.js';
import type { SeededPerson } from './approval-history.js';
import type { DemoOrganization } from './demo-data.js';
import { hongKongDay, hongKongInstant, isWeekend, later, MINUTE, PastTimeline, prng, seedOf, tenantReader } from './replay.js';

/*
 * A demo organisation's messaging, replayed through messaging's own services (see replay.ts): three weeks ago its admin
 * turns department groups on (the consumer then makes one per department), HR opens the company's announcement channel,
 * site managers start project groups with their crews; since then people talk — direct chats, department groups, daily
 * site reports with the site's location, replies, mentions, reactions, an edit, a recall — each message sent by its
 * person at its time, and members open their conversations a while later (most read most things; the last days are
 * partly unread). Every send carries a clientMessageId and every other step finds what is already there, so replaying
 * the same history again sends nothing twice and changes nothing.
 */

const HISTORY_WORKING_DAYS = 15;

/** Somebody of the demo organisation by their demo key, or its first admin. */
type Who = string;

/** A place a site report names. */
interface Place {
  latitude: number;
  longitude: number;
  name: string;
  address: string;
}

/** One line of a conversation: words (with `@{key}` mentions), a location, or photos. */
interface Line {
  who: Who;
  text?: string;
  /** Minutes after the previous line (default a few). */
  gap?: number;
  /** Index of the line of the same session it answers. */
  reply?: number;
  all?: boolean;
  important?: boolean;
  location?: Place;
  /** Photos of the site (see `sitePhotos`): captions only until the file store exists. */
  photos?: string[];
  /** What the sender corrects it to, a few minutes later. */
  edit?: string;
  /** The sender takes it back a minute or two later. */
  recall?: boolean;
  react?: [Who, string][];
}

/** A conversation of the history. */
type Chat =
  | { key: string; kind: 'department'; department: string }
  | { key: string; kind: 'direct'; between: [Who, Who] }
  | { key: string; kind: 'project' | 'channel'; title: string; owner: Who; members: Who[] | 'everyone' };

/** A burst of talk: a conversation, a working day (how many back), a time of day and its lines. */
interface Session {
  chat: string;
  daysAgo: number;
  at: string;
  lines: Line[];
}

/** A demo organisation's messaging: its conversations and what was said in them. */
interface Script {
  chats: Chat[];
  sessions: Session[];
}

/** What the replay made, counted in the database afterwards. */
export interface SeededMessaging {
  conversations: number;
  messages: number;
  /** Members with messages from others they have not read yet. */
  unreadMembers: number;
  /** Steps the services refused, by error code (none expected). */
  refused: Map<string, number>;
}

/**
 * The photos of a site report, sent as one photo message just before the report's words (captions joined as its
 * text). Each photo is a small generated JPEG uploaded through the file store as its sender; a replay finds the message
 * by its clientMessageId (derived from `clientId`) and uploads nothing again.
 */
export async function sitePhotos(ctx: RequestContext, conversationId: string, captions: string[], clientId: string): Promise<void> {
  const photoClientId = `${clientId}:photos`;
  const [sent] = await tenantSql<{ id: string }>(ctx.em, ctx.tenantId, sql`select id from message where tenant_id = ${TENANT} and client_message_id = ${photoClientId}`);
  if (sent) return;
  const random = prng(seedOf(photoClientId));
  const attachmentIds: string[] = [];
  for (const [index] of captions.entries()) {
    // A site-coloured frame with a few blocks: enough to look like a photo in a list, and a real JPEG to sniff and preview.
    const blocks = Array.from({ length: 5 }, () => {
      const [x, y, w, h] = [random.int(0, 500), random.int(0, 340), random.int(60, 220), random.int(40, 160)];
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="rgb(${random.int(90, 200)},${random.int(90, 180)},${random.int(60, 140)})"/>`;
    }).join('');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"><rect width="640" height="480" fill="rgb(${random.int(150, 210)},${random.int(150, 200)},${random.int(130, 180)})"/>${blocks}</svg>`;
    const bytes = await sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer();
    const file = await uploadFile(ctx, { purpose: 'messaging.attachment', name: `site-photo-${index + 1}.jpg`, size: bytes.length, contentType: 'image/jpeg' }, Readable.from(bytes));
    attachmentIds.push(file.id);
  }
  await sendMessage(ctx, { conversationId, kind: MessageKind.IMAGE, body: captions.join('；'), attachmentIds, clientMessageId: photoClientId });
}

const PHOTO = ['B 座三樓石屎完成', '棚架已加固', '鋼筋已紮好，等驗', '地盤入口已清理', '吊機今日保養', '防水層已完成'];

/** The rich history of the construction company: its chats and sessions, plus daily site reports from a PRNG. */
function construction(org: DemoOrganization): Script {
  const place = (key: string) => org.attendance.places.find((p) => p.key === key)!;
  const kaiTak = place('kai-tak');
  const tko = place('tko');
  const at = (p: { latitude: number; longitude: number }, name: string, address: string, dLat = 0, dLng = 0): Place => ({
    latitude: Number((p.latitude + dLat).toFixed(6)),
    longitude: Number((p.longitude + dLng).toFixed(6)),
    name,
    address,
  });
  const kaiTakB = at(kaiTak, '啟德地盤 B 座', kaiTak.address, 0.0004, -0.0003);
  const kaiTakGate = at(kaiTak, '啟德地盤 2 號閘口', kaiTak.address, -0.0006, 0.0005);
  const tkoSite = at(tko, tko.name, tko.address);
  const tkoYard = { latitude: 22.2873, longitude: 114.2738, name: '將軍澳工業邨臨時貨倉', address: '新界將軍澳工業邨駿昌街' };

  const chats: Chat[] = [
    { key: 'announce', kind: 'channel', title: '公司公告', owner: 'hr-1', members: 'everyone' },
    { key: 'kai-tak', kind: 'project', title: '啟德工地 · 2B 區', owner: 'site-1-1', members: ['site-1', 'projects-1', 'safety-3'] },
    { key: 'tko', kind: 'project', title: '將軍澳工地', owner: 'site-2-1', members: ['site-2', 'projects-1', 'safety-2'] },
    ...['head-office', 'finance', 'hr', 'safety', 'site-1', 'site-2'].map((department): Chat => ({ key: `dept-${department}`, kind: 'department', department })),
    { key: 'dm-worker-manager', kind: 'direct', between: ['site-1-2', 'site-1-1'] },
    { key: 'dm-hr-worker', kind: 'direct', between: ['site-1-2', 'hr-1'] },
    { key: 'dm-admin-hr', kind: 'direct', between: ['admin', 'hr-1'] },
    { key: 'dm-finance-office', kind: 'direct', between: ['finance-2', 'head-office-2'] },
    { key: 'dm-director-site', kind: 'direct', between: ['projects-1', 'site-1-1'] },
    { key: 'dm-site-safety', kind: 'direct', between: ['site-1-1', 'safety-1'] },
    { key: 'dm-md-director', kind: 'direct', between: ['head-office-1', 'projects-1'] },
  ];

  const sessions: Session[] = [
    // The announcement channel.
    {
      chat: 'announce',
      daysAgo: 15,
      at: '10:00',
      lines: [
        {
          who: 'hr-1',
          all: true,
          important: true,
          text: '各位同事早晨！公司即日起使用 Harbour 作內部通訊，各部門群組已經自動建立。有任何問題可以搵 IT 李家明。\nGood morning all — from today we use Harbour for internal messaging; your department groups are ready.',
          react: [
            ['head-office-1', '👍'],
            ['admin', '🙌'],
          ],
        },
      ],
    },
    { chat: 'announce', daysAgo: 12, at: '15:10', lines: [{ who: 'hr-1', text: '提提大家：本月強積金供款會於 10 號前處理。如需更改糧單銀行戶口，請於本星期五前通知人力資源部。' }] },
    {
      chat: 'announce',
      daysAgo: 10,
      at: '10:30',
      lines: [
        {
          who: 'hr-1',
          important: true,
          text: '【惡劣天氣安排】如天文台發出八號風球或黑色暴雨警告，寫字樓同事無須返工；地盤同事請聽從地盤總管指示，切勿冒險開工。\nSevere weather: office staff stay home under T8 or Black Rain; site staff follow your site manager.',
        },
      ],
    },
    {
      chat: 'announce',
      daysAgo: 7,
      at: '11:00',
      lines: [
        {
          who: 'hr-1',
          text: '公司週年晚宴定於 1 月 16 日（星期五）晚上七時喺尖沙咀舉行，請於本月 15 號前向人事部登記，可攜伴一位 🎉\nAnnual dinner: Fri 16 Jan, 7 pm, Tsim Sha Tsui — please register with HR by the 15th.',
          react: [
            ['site-1-1', '🎉'],
            ['finance-1', '🎉'],
            ['safety-1', '👍'],
            ['site-2-1', '🎉'],
          ],
        },
      ],
    },
    {
      chat: 'announce',
      daysAgo: 4,
      at: '09:30',
      lines: [{ who: 'hr-1', important: true, text: '由下星期一起，所有人員進入地盤前必須出示有效平安卡，安全部會不定期抽查。未有平安卡嘅同事請盡快報名續期課程。' }],
    },
    { chat: 'announce', daysAgo: 1, at: '16:00', lines: [{ who: 'hr-1', text: '聖誕及新年假期安排：12 月 24 日下午放半日假，12 月 31 日照常返工。詳情請參閱員工手冊第 4 章。' }] },

    // The admin and HR set things up.
    {
      chat: 'dm-admin-hr',
      daysAgo: 15,
      at: '09:20',
      lines: [
        { who: 'admin', text: 'Hi 人事部，我啱啱喺通訊政策開咗部門群組，每個部門會自動有個 group。' },
        { who: 'hr-1', text: '好呀！咁公司公告頻道我嚟開？' },
        { who: 'admin', text: '係，你哋 HR 有權開公告頻道，開完加晒全公司同事就得。Only owners can post there.', reply: 1 },
        { who: 'hr-1', text: '明白，十點前發第一個公告 👍' },
      ],
    },
    {
      chat: 'dm-admin-hr',
      daysAgo: 9,
      at: '14:40',
      lines: [
        { who: 'hr-1', text: '李生，有位地盤同事話收唔到通知，係咪要喺手機開 notification？' },
        { who: 'admin', text: '係呀，第一次開 app 會問，撳咗「不允許」就要去設定度開返。我聽日上地盤幫佢睇睇。' },
        { who: 'hr-1', text: '唔該晒！' },
      ],
    },

    // Head office.
    {
      chat: 'dept-head-office',
      daysAgo: 14,
      at: '09:45',
      lines: [
        { who: 'head-office-1', text: '各位早晨，星期四下晝三點喺大會議室開季度檢討，請各項目經理準備好進度報告。' },
        { who: 'head-office-2', text: '收到，我 book 咗大會議室 3–5pm。' },
        { who: 'head-office-3', text: '收到 👍' },
        { who: 'head-office-4', text: '需唔需要準備投影機？', reply: 0 },
        { who: 'head-office-2', text: '@{head-office-4} 會議室有，我會預先試定。', reply: 3 },
      ],
    },
    {
      chat: 'dept-head-office',
      daysAgo: 11,
      at: '13:55',
      lines: [
        { who: 'head-office-5', text: '二樓部影印機又卡紙，已經 call 咗維修，下晝先嚟到，大家暫時用三樓嗰部。' },
        { who: 'head-office-6', text: '唔該晒通知！', react: [['head-office-2', '🙏']] },
      ],
    },
    {
      chat: 'dept-head-office',
      daysAgo: 6,
      at: '17:20',
      lines: [
        { who: 'head-office-1', text: '啟德項目嘅客戶下星期二嚟 site visit，@{head-office-3} 麻煩你跟進車同午餐安排。' },
        { who: 'head-office-3', text: '收到，我同地盤總管夾時間，聽朝覆你。' },
        { who: 'head-office-3', text: '已安排 10:00 觀塘出發，午餐訂咗啟德嘅酒樓，8 位。', gap: 960, reply: 0 },
      ],
    },
    {
      chat: 'dept-head-office',
      daysAgo: 1,
      at: '17:40',
      lines: [
        { who: 'head-office-7', text: 'Reminder: the tender documents for the Sai Kung school project are due this Friday noon.' },
        { who: 'head-office-2', text: '收到，我聽日整理埋標書附件。' },
      ],
    },

    // Finance.
    {
      chat: 'dept-finance',
      daysAgo: 13,
      at: '10:15',
      lines: [
        { who: 'finance-1', text: '各位，今個月月結請喺星期五前交埋 expense claim。', edit: '各位，今個月月結請喺星期四前交埋 expense claim（星期五要過數）。' },
        { who: 'finance-3', text: '收到' },
        { who: 'finance-2', text: '@{finance-1} 地盤嗰邊有幾張單未有收據，我同佢哋追緊。', reply: 0 },
        { who: 'finance-1', text: '好，追唔到嘅話叫佢哋填遺失收據聲明。', reply: 2 },
      ],
    },
    {
      chat: 'dept-finance',
      daysAgo: 8,
      at: '15:30',
      lines: [
        { who: 'finance-4', text: '供應商協興建材今期發票已經入咗系統，金額同報價單對得上。' },
        { who: 'finance-1', text: '👌 聽日一齊簽支票。' },
        { who: 'finance-5', text: 'Bank reconciliation for November is done, variance $0.', react: [['finance-1', '👍']] },
      ],
    },
    {
      chat: 'dept-finance',
      daysAgo: 2,
      at: '11:20',
      lines: [
        { who: 'finance-6', text: '請問強積金供款表係咪今個星期交？' },
        { who: 'finance-3', text: '係，星期三前交畀人事部核對。', reply: 0 },
      ],
    },

    // HR.
    {
      chat: 'dept-hr',
      daysAgo: 14,
      at: '11:30',
      lines: [
        { who: 'hr-1', text: '下星期一有兩位新同事報到，地盤二組一位技術員，財務部一位會計文員。@{hr-3} 麻煩準備入職文件。' },
        { who: 'hr-3', text: '收到，我會準備合約同強積金表格。' },
        { who: 'hr-2', text: '要唔要幫佢哋開 Harbour 戶口？', reply: 0 },
        { who: 'hr-1', text: '要，開人事檔案時系統會自動加佢哋入部門群組 😊', reply: 2 },
      ],
    },
    {
      chat: 'dept-hr',
      daysAgo: 5,
      at: '16:05',
      lines: [
        { who: 'hr-4', text: '十二月份嘅年假申請已經全部批完，有兩位同事年假結餘唔夠，我已經通知佢哋。' },
        { who: 'hr-1', text: '唔該晒，記得提佢哋可以用補假。' },
      ],
    },

    // Safety.
    {
      chat: 'dept-safety',
      daysAgo: 13,
      at: '08:40',
      lines: [
        { who: 'safety-1', text: '今個星期巡查安排：星期二啟德、星期四將軍澳，每次兩位同事。' },
        { who: 'safety-2', text: '我同 @{safety-4} 去將軍澳。' },
        { who: 'safety-3', text: '啟德我去，順便做埋 toolbox talk。', react: [['safety-1', '👍']] },
      ],
    },
    {
      chat: 'dept-safety',
      daysAgo: 7,
      at: '14:10',
      lines: [
        { who: 'safety-5', text: '將軍澳 3 樓邊位嘅臨時圍欄有一段鬆咗，已經叫管工即時加固，相片稍後補上。' },
        { who: 'safety-1', text: '做得好，記得寫入今週巡查報告。', reply: 0 },
      ],
    },
    {
      chat: 'dept-safety',
      daysAgo: 1,
      at: '09:05',
      lines: [{ who: 'safety-1', text: '提提大家，平安卡抽查下星期開始，請每次巡查都核對工人名單。' }],
    },

    // Site crews' own department groups.
    {
      chat: 'dept-site-1',
      daysAgo: 12,
      at: '12:35',
      lines: [
        { who: 'site-1-5', text: '老婆，今晚唔使煮我飯，要加班 🙏', recall: true },
        { who: 'site-1-5', text: '唔好意思，send 錯 group 😅' },
        { who: 'site-1-6', text: '😂😂' },
        { who: 'site-1-1', text: '加班記得申請 OT 呀 @{site-1-5}', reply: 1 },
      ],
    },
    {
      chat: 'dept-site-1',
      daysAgo: 9,
      at: '07:50',
      lines: [
        { who: 'site-1-1', text: '今日天文台話有驟雨，大家帶定雨衣，棚架工作落雨即停。' },
        { who: 'site-1-3', text: '收到' },
        { who: 'site-1-8', text: '收到 👍' },
      ],
    },
    {
      chat: 'dept-site-1',
      daysAgo: 3,
      at: '17:05',
      lines: [
        { who: 'site-1-9', text: '有冇人見到我副激光水平儀？琴日放喺貨櫃房。' },
        { who: 'site-1-10', text: '喺工具房第二格，我用完放返入去。', reply: 0 },
        { who: 'site-1-9', text: '搵到，唔該！' },
      ],
    },
    {
      chat: 'dept-site-2',
      daysAgo: 11,
      at: '07:45',
      lines: [
        { who: 'site-2-1', text: '聽日有混凝土車 7:30 到，管工同技術員請 7:15 前到齊。' },
        { who: 'site-2-5', text: '收到' },
        { who: 'site-2-2', text: '收到，會準時。' },
      ],
    },
    {
      chat: 'dept-site-2',
      daysAgo: 2,
      at: '16:50',
      lines: [
        { who: 'site-2-4', text: '三樓板嘅試件今日送咗去化驗所，大約一星期有結果。' },
        { who: 'site-2-1', text: '好，有結果即刻通知我同工程總監。', reply: 0 },
      ],
    },

    // Project groups: what site reports do not say.
    {
      chat: 'kai-tak',
      daysAgo: 15,
      at: '11:00',
      lines: [
        { who: 'site-1-1', text: '各位，呢個係啟德 2B 區嘅項目群組，每日開工、收工報告同安全事項請喺度報。@{projects-1} 工程總監都喺度。' },
        { who: 'projects-1', text: '好，大家辛苦晒，有問題隨時 tag 我。' },
        { who: 'safety-3', text: '安全事項我會喺度跟進。' },
      ],
    },
    {
      chat: 'kai-tak',
      daysAgo: 10,
      at: '14:20',
      lines: [
        { who: 'site-1-4', location: kaiTakB, text: 'B 座 4 樓石屎面有裂紋，已經圍起，請工程總監睇吓。', photos: ['B 座 4 樓石屎面裂紋'] },
        { who: 'projects-1', text: '@{site-1-4} 收到，聽朝九點我上嚟睇。暫時唔好喺上面堆料。', reply: 0 },
        { who: 'site-1-1', text: '已經通知管工，今日唔會用嗰層。' },
      ],
    },
    {
      chat: 'kai-tak',
      daysAgo: 9,
      at: '09:40',
      lines: [
        { who: 'projects-1', location: kaiTakB, text: '睇過，係表面收縮裂紋，唔影響結構，下星期批盪前修補就得。' },
        { who: 'site-1-4', text: '明白，我安排修補。', react: [['site-1-1', '👍']] },
      ],
    },
    {
      chat: 'kai-tak',
      daysAgo: 5,
      at: '15:30',
      lines: [
        { who: 'safety-3', location: kaiTakGate, text: '2 號閘口有泥頭車停喺行人路，已經叫司機移開。麻煩管工提醒運輸公司。' },
        { who: 'site-1-5', text: '收到，我即刻打俾運輸公司。', reply: 0 },
      ],
    },
    {
      chat: 'tko',
      daysAgo: 15,
      at: '11:30',
      lines: [
        { who: 'site-2-1', text: '將軍澳工地項目群組，開工、收工、材料同安全事項喺度報。' },
        { who: 'projects-1', text: '👍 各位辛苦晒。' },
      ],
    },
    {
      chat: 'tko',
      daysAgo: 8,
      at: '10:10',
      lines: [
        { who: 'site-2-5', location: tkoYard, text: '鋼筋已經由工業邨貨倉出車，大約 11 點到地盤。' },
        { who: 'site-2-1', text: '收到，吊機 11 點留定俾你。', reply: 0 },
        { who: 'site-2-5', location: tkoSite, text: '鋼筋到咗，已卸貨。', gap: 55 },
      ],
    },

    // Direct chats.
    {
      chat: 'dm-worker-manager',
      daysAgo: 11,
      at: '11:15',
      lines: [
        { who: 'site-1-2', text: '陳生，我今日想早一個鐘走，要帶個仔睇醫生，得唔得？' },
        { who: 'site-1-1', text: '可以，記得喺 app 申請事假。', reply: 0 },
        { who: 'site-1-2', text: '好，唔該晒！' },
      ],
    },
    {
      chat: 'dm-worker-manager',
      daysAgo: 3,
      at: '16:20',
      lines: [
        { who: 'site-1-1', text: '聽日你跟工程師做 B 座量度，7 點半喺閘口等。' },
        { who: 'site-1-2', text: 'OK 👍' },
      ],
    },
    {
      chat: 'dm-hr-worker',
      daysAgo: 8,
      at: '12:45',
      lines: [
        { who: 'site-1-2', text: '你好，想問我仲有幾多日年假？' },
        { who: 'hr-1', text: '你好！你可以喺 app「假期結餘」度睇到，而家仲有 9 日。', reply: 0 },
        { who: 'site-1-2', text: '明白，多謝！', react: [['hr-1', '😊']] },
      ],
    },
    {
      chat: 'dm-finance-office',
      daysAgo: 12,
      at: '14:05',
      lines: [
        { who: 'finance-2', text: 'Hi，你上星期嗰張交通費 claim 漏咗收據，可唔可以補返？' },
        { who: 'head-office-2', text: '唔好意思，我搵吓，應該喺銀包。' },
        { who: 'head-office-2', text: '已經影咗相，交咗正本去你枱面。', gap: 95 },
        { who: 'finance-2', text: '收到，thanks!' },
      ],
    },
    {
      chat: 'dm-director-site',
      daysAgo: 6,
      at: '18:10',
      lines: [
        { who: 'projects-1', text: '下星期二客戶嚟 site visit，可唔可以準備一份兩星期嘅進度摘要？' },
        { who: 'site-1-1', text: '冇問題，星期一放喺你枱面。' },
      ],
    },
    {
      chat: 'dm-site-safety',
      daysAgo: 4,
      at: '13:20',
      lines: [
        { who: 'site-1-1', text: '今朝有個工人喺棚架差啲滑倒，冇受傷，已經停咗嗰段工作。' },
        { who: 'safety-1', text: '多謝通知，我下晝過嚟做調查，請保留現場。', reply: 0 },
        { who: 'site-1-1', text: '好，已經圍封。' },
      ],
    },
    {
      chat: 'dm-md-director',
      daysAgo: 2,
      at: '10:40',
      lines: [
        { who: 'head-office-1', text: 'Sai Kung school tender — are we comfortable with the programme?' },
        { who: 'projects-1', text: '可以，結構部分要 14 個月，我星期四前交修訂版。' },
        { who: 'head-office-1', text: 'Good, thanks.' },
      ],
    },
    {
      chat: 'dm-md-director',
      daysAgo: 0,
      at: '09:50',
      lines: [{ who: 'projects-1', text: '修訂版程序表已經放咗喺共享文件夾，請過目。' }],
    },
  ];

  // Daily site reports: the foreman opens each working day with the site's location, and closes most with progress.
  const random = prng(seedOf(`${org.slug}:messaging:site-reports`));
  const weather = ['天晴', '多雲', '有驟雨', '天陰，間中有雨', '炎熱', '大致天晴'];
  const tasks: Record<string, string[]> = {
    'kai-tak': ['B 座 5 樓紮鐵', 'B 座 4 樓落石屎', '外牆棚架加固', '地庫防水', '機電喉管預埋', 'C 座打樁收尾'],
    tko: ['三樓板落石屎', '四樓柱紮鐵', '地盤排水渠', '外牆批盪', '吊運鋼筋', '升降機槽模板'],
  };
  const acknowledgements = ['收到', '收到 👍', 'OK', '明白', '收到，跟進緊'];
  for (const [chat, crew, foreman, report] of [
    ['kai-tak', 'site-1', 'site-1-5', kaiTak],
    ['tko', 'site-2', 'site-2-5', tko],
  ] as const) {
    for (let daysAgo = HISTORY_WORKING_DAYS - 1; daysAgo >= 0; daysAgo -= 1) {
      const present = random.int(12, 16);
      sessions.push({
        chat,
        daysAgo,
        at: `08:${String(random.int(5, 25)).padStart(2, '0')}`,
        lines: [
          {
            who: foreman,
            location: at(report, report.name, report.address),
            text: `開工：出勤 ${present} 人，${random.pick(weather)}。今日工序：${random.pick(tasks[chat])}。`,
          },
          ...(random.chance(0.7) ? [{ who: `${crew}-${random.int(1, 4)}`, text: random.pick(acknowledgements) }] : []),
        ],
      });
      if (daysAgo > 0 && random.chance(0.6)) {
        const photos = random.chance(0.5) ? [random.pick(PHOTO)] : undefined;
        sessions.push({
          chat,
          daysAgo,
          at: `16:${String(random.int(30, 55)).padStart(2, '0')}`,
          lines: [{ who: foreman, text: `收工：${random.pick(tasks[chat])}完成${random.pick(['', '七成', '一半', '八成'])}，聽日繼續。`, photos }],
        });
      }
    }
  }
  // Lunch in the head office, most days someone asks.
  const lunch = prng(seedOf(`${org.slug}:messaging:lunch`));
  const places = ['樓下茶記', '對面嘅車仔麵', 'apm 嘅日本菜', '大家樂', '泰國菜', '譚仔'];
  const office = ['head-office-2', 'head-office-3', 'head-office-4', 'head-office-5', 'head-office-6', 'head-office-7'];
  for (let daysAgo = HISTORY_WORKING_DAYS - 2; daysAgo >= 1; daysAgo -= 1) {
    if (!lunch.chance(0.6)) continue;
    const [asker, ...others] = office
      .map((who) => [lunch.between(0, 1), who] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, who]) => who);
    const place = lunch.pick(places);
    sessions.push({
      chat: 'dept-head-office',
      daysAgo,
      at: `12:${String(lunch.int(20, 40)).padStart(2, '0')}`,
      lines: [
        { who: asker, text: lunch.pick(['今日 lunch 食咩？', '有冇人一齊食飯？', 'Lunch anyone? 🍜']) },
        { who: others[0], text: `${place}？` },
        { who: others[1], text: lunch.pick(['好呀', '+1', '我都去', 'OK 👍']) },
        ...(lunch.chance(0.5) ? [{ who: asker, text: lunch.pick(['12:45 lift 口等', '等我兩分鐘', '走啦']) }] : []),
      ],
    });
  }

  // The safety officers' reminder of the week in the project groups.
  const reminders = ['高空工作必須扣好安全帶', '吊運期間任何人不得企喺吊臂下面', '天氣熱，記得多飲水、適時休息', '電動工具用前先檢查電線', '棚架要有合格棚架工人檢查紙先可以用'];
  for (const [index, daysAgo] of [14, 9, 4].entries()) {
    for (const [chat, officer] of [
      ['kai-tak', 'safety-3'],
      ['tko', 'safety-2'],
    ] as const) {
      sessions.push({
        chat,
        daysAgo,
        at: '13:10',
        lines: [
          { who: officer, text: `本週安全提示：${reminders[(index * 2 + (chat === 'tko' ? 1 : 0)) % reminders.length]}。` },
          { who: chat === 'tko' ? 'site-2-1' : 'site-1-1', text: '收到，已經喺早會講咗。', react: [[officer, '👍']] },
        ],
      });
    }
  }
  return { chats, sessions };
}

/** The education centre: its department groups and a channel with a few notices. */
function education(): Script {
  return {
    chats: [
      { key: 'announce', kind: 'channel', title: '中心公告', owner: 'admin', members: 'everyone' },
      { key: 'dept-teachers', kind: 'department', department: 'teachers' },
    ],
    sessions: [
      {
        chat: 'announce',
        daysAgo: 14,
        at: '10:30',
        lines: [{ who: 'admin', important: true, all: true, text: '各位老師同同事好！中心即日起用 Harbour 溝通，部門群組已經建立好。' }],
      },
      { chat: 'announce', daysAgo: 6, at: '11:00', lines: [{ who: 'admin', text: '聖誕假期課程安排已經上載，請各位老師於星期五前確認自己嘅時間表。' }] },
      {
        chat: 'dept-teachers',
        daysAgo: 5,
        at: '19:15',
        lines: [
          { who: 'teachers-1', text: '下星期模擬試卷已經印好，放咗喺教員室。' },
          { who: 'teachers-2', text: '收到，唔該晒！' },
        ],
      },
    ],
  };
}

/** The construction company has the rich history; the education centre its groups, channel and a few notices. */
const scripts: Record<string, (org: DemoOrganization) => Script> = { wanghin: construction, kaihong: education };

/** Planned send: its time and, once sent, its sequence number. */
interface Planned {
  at: number;
  seq?: number;
}

/**
 * Replays three weeks of `org`'s messaging through messaging's services, each step by its person at its time, with the
 * event consumers run after each moment (department groups are made by the consumer once the admin turns them on).
 */
export async function seedMessaging(
  services: AppServices,
  org: DemoOrganization,
  tenantId: string,
  departmentIds: ReadonlyMap<string, string>,
  people: SeededPerson[],
  admin: { id: string; displayName: string },
): Promise<SeededMessaging> {
  const make = scripts[org.slug];
  const script = make ? make(org) : { chats: [], sessions: [] };
  const now = Date.now();
  const horizon = now - MINUTE;
  const names = new Map([...people.map((p) => [p.id, p.displayName] as const), [admin.id, admin.displayName]]);
  // Half-hour windows; the steps of one conversation form a queue (they run in time order, so its messages are numbered in
  // the order they were sent), different conversations' side by side in three lanes.
  const timeline = new PastTimeline(services, tenantId, names, { horizon, lanes: 3, windowMs: 30 * MINUTE });
  const idOf = (who: Who) => (who === 'admin' ? admin.id : people.find((p) => p.demo.key === who)?.id);
  const nameOf = (who: Who) => names.get(idOf(who)!)!;
  const everyone = [admin.id, ...people.map((p) => p.id)];
  const membersOf = (chat: Chat): string[] => {
    switch (chat.kind) {
      case 'department':
        return people.filter((p) => p.demo.department === chat.department).map((p) => p.id);
      case 'direct':
        return chat.between.map((who) => idOf(who)!);
      default:
        if (chat.members === 'everyone') return everyone;
        return [...new Set([idOf(chat.owner)!, ...chat.members.flatMap((who) => (idOf(who) ? [idOf(who)!] : people.filter((p) => p.demo.department === who).map((p) => p.id)))])];
    }
  };

  // Working days back from today (today is 0), at a Hong Kong time of day.
  const today = hongKongDay(now);
  const workingDays: number[] = [];
  for (let day = today; workingDays.length <= HISTORY_WORKING_DAYS + 2; day -= 1) if (!isWeekend(hongKongInstant(day, 12 * 60))) workingDays.push(day);
  const momentOf = (daysAgo: number, time: string) => {
    const [hours, minutes] = time.split(':').map(Number);
    return hongKongInstant(workingDays[daysAgo], hours * 60 + minutes);
  };
  const start = momentOf(HISTORY_WORKING_DAYS, '09:00');

  // Conversation ids as the replay finds or makes them.
  const conversationIds = new Map<string, string>();
  const chats = new Map(script.chats.map((chat) => [chat.key, chat]));

  // The admin turns department groups on (the consumer makes them once the moment is delivered).
  timeline.at(start, admin.id, async (ctx) => {
    if (!(await messagingPolicy(ctx)).departmentGroups) await changeMessagingPolicy(ctx, { departmentGroups: true });
  });
  const queueOf = (chat: Chat) => `conversation:${chat.key}`;

  // Project groups and channels: started by their owners before their first words (found again when replayed).
  for (const chat of script.chats) {
    if (chat.kind !== 'project' && chat.kind !== 'channel') continue;
    const first = Math.min(...script.sessions.filter((s) => s.chat === chat.key).map((s) => momentOf(s.daysAgo, s.at)), momentOf(HISTORY_WORKING_DAYS, '10:00'));
    const kind = chat.kind === 'project' ? ConversationKind.PROJECT : ConversationKind.ANNOUNCEMENT;
    timeline.at(
      first - 20 * MINUTE,
      idOf(chat.owner)!,
      async (ctx) => {
        const mine = await myConversations(ctx, { kind }, { take: 100, skip: 0 });
        const existing = mine.items.find((conversation) => conversation.title === chat.title);
        const conversation = existing ?? (await createConversation(ctx, { kind, title: chat.title, memberIds: membersOf(chat) }));
        conversationIds.set(chat.key, conversation.id);
      },
      queueOf(chat),
    );
  }

  /** The conversation of a chat, as the person acting finds it. */
  const conversationFor = async (ctx: RequestContext, chat: Chat): Promise<string> => {
    const known = conversationIds.get(chat.key);
    if (known) return known;
    if (chat.kind === 'direct') {
      const other = chat.between.map((who) => idOf(who)!).find((id) => id !== ctx.requireActor().personId)!;
      const conversation = await startDirectConversation(ctx, other);
      conversationIds.set(chat.key, conversation.id);
      return conversation.id;
    }
    if (chat.kind === 'department') {
      const groups = await myConversations(ctx, { kind: ConversationKind.DEPARTMENT }, { take: 20, skip: 0 });
      const group = groups.items.find((conversation) => conversation.department?.id === departmentIds.get(chat.department));
      if (!group) throw new Error(`Messaging seeds: no department group for ${chat.department} yet`);
      conversationIds.set(chat.key, group.id);
      return group.id;
    }
    throw new Error(`Messaging seeds: ${chat.key} was not started`);
  };

  /** Mentions written as `@{key}` become the person's name and a mention. */
  const mentionsIn = (text: string) => {
    const mentionIds: string[] = [];
    const body = text.replace(/@\{([a-z0-9-]+)\}/g, (_, who: string) => {
      mentionIds.push(idOf(who)!);
      return `@${nameOf(who)}`;
    });
    return { body, mentionIds };
  };

  const planned = new Map<string, Planned[]>();
  const readRandom = prng(seedOf(`${org.slug}:messaging:reads`));
  const sessions = script.sessions
    .map((session, index) => ({ ...session, index, begins: momentOf(session.daysAgo, session.at) }))
    .filter((session) => session.begins <= horizon)
    .sort((a, b) => a.begins - b.begins || a.index - b.index);
  const lineRandom = prng(seedOf(`${org.slug}:messaging:lines`));
  /** Per chat, the moments its sessions end (reads before the next one starts count once). */
  const ends = new Map<string, { begins: number; ends: number; lastSender: string }[]>();

  for (const session of sessions) {
    const chat = chats.get(session.chat)!;
    const list = planned.get(chat.key) ?? [];
    planned.set(chat.key, list);
    const sent: { id?: string; editedAt?: Date | null }[] = [];
    let t = session.begins + lineRandom.int(0, 50) * 1000;
    for (const [index, line] of session.lines.entries()) {
      if (index > 0) t += (line.gap ?? lineRandom.int(2, 8)) * MINUTE + lineRandom.int(0, 50) * 1000;
      const moment = t;
      const sender = idOf(line.who)!;
      const clientMessageId = `seed:${chat.key}:${session.index}:${index}`;
      const plan: Planned = { at: moment };
      list.push(plan);
      const record: { id?: string; editedAt?: Date | null } = {};
      sent.push(record);
      timeline.at(
        moment,
        sender,
        async (ctx) => {
          const conversationId = await conversationFor(ctx, chat);
          if (line.photos) await sitePhotos(ctx, conversationId, line.photos, clientMessageId);
          const { body, mentionIds } = mentionsIn(line.text ?? '');
          const message = await sendMessage(ctx, {
            conversationId,
            kind: line.location ? MessageKind.LOCATION : MessageKind.TEXT,
            body: body || null,
            location: line.location ?? null,
            mentionIds,
            mentionsAll: line.all ?? false,
            important: line.important ?? false,
            replyToId: line.reply !== undefined ? (sent[line.reply].id ?? null) : null,
            clientMessageId,
          });
          plan.seq = message.seq;
          record.id = message.id;
          record.editedAt = message.editedAt;
        },
        queueOf(chat),
      );
      if (line.edit) {
        const edit = line.edit;
        timeline.at(
          moment + lineRandom.int(2, 6) * MINUTE,
          sender,
          async (ctx) => {
            // Replayed again, the message was edited already: nothing to do.
            if (record.id && !record.editedAt) await editMessage(ctx, record.id, { body: edit });
          },
          queueOf(chat),
        );
      }
      if (line.recall) timeline.at(moment + 2 * MINUTE, sender, async (ctx) => void (record.id && (await recallMessage(ctx, record.id))), queueOf(chat));
      for (const [who, emoji] of line.react ?? []) {
        timeline.at(moment + lineRandom.int(3, 90) * MINUTE, idOf(who)!, async (ctx) => void (record.id && (await reactToMessage(ctx, record.id, emoji, true))), queueOf(chat));
      }
    }
    const chatEnds = ends.get(chat.key) ?? [];
    chatEnds.push({ begins: session.begins, ends: t, lastSender: idOf(session.lines[session.lines.length - 1].who)! });
    ends.set(chat.key, chatEnds);
  }

  // Members open their conversations a while after a burst of talk (one opening covers everything said before it; busy
  // groups mostly once a day); the last two working days are read by only about half as many.
  const recent = momentOf(2, '00:00');
  // How often a member catches up after a burst: site crews skip their project group's reports on many days (a later
  // opening reads them all the same).
  const readingHabit: Record<Chat['kind'], number> = { direct: 0.95, department: 0.9, project: 0.6, channel: 0.85 };
  for (const chat of script.chats) {
    const bursts = ends.get(chat.key) ?? [];
    const list = planned.get(chat.key) ?? [];
    for (const member of membersOf(chat)) {
      for (const [index, burst] of bursts.entries()) {
        if (burst.lastSender === member) continue;
        // Busy groups are mostly caught up on once a day, after their last talk of the day.
        const next = bursts[index + 1];
        if (chat.kind !== 'direct' && next && hongKongDay(next.begins) === hongKongDay(burst.ends) && !readRandom.chance(0.25)) continue;
        if (!readRandom.chance((burst.ends >= recent ? 0.55 : 1) * readingHabit[chat.kind])) continue;
        const slow = readRandom.chance(chat.kind === 'channel' ? 0.35 : 0.15);
        const when = later(readRandom, burst.ends, slow ? 4 : 0.05, slow ? 40 : chat.kind === 'direct' ? 1.5 : 5);
        if (when > horizon || (next && when >= next.begins)) continue;
        timeline.at(
          when,
          member,
          async (ctx) => {
            // Up to what was planned before (not the conversation's latest now: a second replay reads exactly as much).
            const upTo = Math.max(0, ...list.filter((p) => p.at <= when && p.seq !== undefined).map((p) => p.seq!));
            const conversationId = conversationIds.get(chat.key);
            if (upTo > 0 && conversationId) await markConversationRead(ctx, conversationId, upTo);
          },
          queueOf(chat),
        );
      }
    }
  }

  await timeline.run();
  const [counts] = await tenantSql<{ conversations: number; messages: number; unread_members: number }>(
    tenantReader(services, tenantId),
    tenantId,
    sql`select (select count(*)::int from conversation where tenant_id = ${TENANT}) as conversations,
               (select count(*)::int from message where tenant_id = ${TENANT}) as messages,
               (select count(*)::int from conversation_member cm join conversation c on c.id = cm.conversation_id
                 where cm.tenant_id = ${TENANT} and cm.left_at is null and cm.read_seq < c.last_seq) as unread_members`,
  );
  return { conversations: counts.conversations, messages: counts.messages, unreadMembers: counts.unread_members, refused: timeline.refused };
}
