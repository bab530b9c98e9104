/**
 * The two demo organisations of the brief: a construction firm (宏建工程有限公司) and an education centre
 * (啟航教育中心). Names are generated deterministically so every fresh install shows the same people.
 */

export const DEMO_PASSWORD = 'Harbour-demo-2026';

export interface DemoPerson {
  key: string;
  displayName: string;
  englishName: string;
  jobTitle: string;
  rank: string;
  department: string;
  leads?: boolean;
  roles: string[];
  signIn?: string;
  mobilePhone: string;
}

export interface DemoDepartment {
  key: string;
  name: string;
  parent: string | null;
  code: string;
}

export interface DemoOrganization {
  slug: string;
  name: string;
  domain: string;
  admin: { displayName: string; englishName: string; email: string; jobTitle: string };
  departments: DemoDepartment[];
  people: DemoPerson[];
  attendance: DemoAttendance;
}

/** A demo organisation's attendance rules: places, shifts, and groups naming departments, places and a shift by key. */
export interface DemoAttendance {
  places: { key: string; name: string; address: string; latitude: number; longitude: number; radiusMeters: number; wifiBssids: string[]; ipRanges: string[] }[];
  shifts: { key: string; name: string; start: string; end: string; lateToleranceMinutes: number; earlyLeaveToleranceMinutes: number; breaks: { start: string; end: string }[] }[];
  groups: {
    name: string;
    departments: string[];
    places: string[];
    shift: string;
    offsiteAllowed: boolean;
    /** Off-site punches (where allowed) need a remark saying why. */
    offsiteRequiresRemark: boolean;
    monitoringNotice: string | null;
    overtimeMode: 'APPROVAL' | 'APPROVAL_AND_PUNCHES';
    /** How overtime is compensated here: site crews are paid for it; office staff may take it back as time off. */
    overtimeCompensation: 'PAY' | 'PAY_OR_TIME_OFF';
  }[];
  /**
   * Whose attendance the demo replays (three months of punches, leave, make-up punches and overtime), by department:
   * the place its people work at. Every department of a group should be here, or its people are absent every day.
   */
  history: Record<string, string>;
}

/** What site staff acknowledge before their first punch (PDPO: say what is collected, why, and for how long). */
const SITE_NOTICE = '本公司會在你打卡時記錄你所在的地盤、與地盤的距離及打卡方式（GPS／Wi-Fi），用作計算出勤及工資。除非另行通知，我們不會保存你的實際座標。如有查詢，請聯絡人力資源部。';

const surnames = ['陳', '李', '黃', '張', '梁', '何', '林', '劉', '吳', '鄭', '王', '楊', '周', '馮', '蔡', '郭', '曾', '麥', '羅', '鄧'];
const surnamesEn = ['Chan', 'Lee', 'Wong', 'Cheung', 'Leung', 'Ho', 'Lam', 'Lau', 'Ng', 'Cheng', 'Wong', 'Yeung', 'Chow', 'Fung', 'Choi', 'Kwok', 'Tsang', 'Mak', 'Law', 'Tang'];
// Name lists: kept on one line each (Prettier would put every name on a line of its own).
// prettier-ignore
const given = ['志明', '嘉欣', '家豪', '詠詩', '俊傑', '美玲', '偉強', '穎琳', '子軒', '曉彤', '國華', '淑儀', '浩然', '慧敏', '建業', '綺雯', '文傑', '佩珊', '永康', '雅婷', '德明', '麗華', '振邦', '思穎'];
// prettier-ignore
const givenEn = ['Chi Ming', 'Ka Yan', 'Ka Ho', 'Wing Sze', 'Chun Kit', 'Mei Ling', 'Wai Keung', 'Wing Lam', 'Tsz Hin', 'Hiu Tung', 'Kwok Wah', 'Suk Yee', 'Ho Yin', 'Wai Man', 'Kin Yip', 'Yee Man', 'Man Kit', 'Pui Shan', 'Wing Hong', 'Nga Ting', 'Tak Ming', 'Lai Wah', 'Chun Pong', 'Sze Wing'];

/** The n-th generated name (Chinese and English), the same on every install. */
function nameAt(n: number): { zh: string; en: string } {
  const s = (n * 7) % surnames.length;
  const g = (n * 11 + 3) % given.length;
  return { zh: surnames[s] + given[g], en: `${surnamesEn[s]} ${givenEn[g]}` };
}

function phoneAt(n: number): string {
  return `+852 ${9000 + ((n * 37) % 999)} ${String(1000 + ((n * 91) % 8999)).padStart(4, '0')}`;
}

function people(start: number, count: number, department: string, titles: { title: string; rank: string }[], leader: { title: string; rank: string }, roles: string[] = []): DemoPerson[] {
  return Array.from({ length: count }, (_, i) => {
    const name = nameAt(start + i);
    const isLeader = i === 0;
    const role = isLeader ? leader : titles[i % titles.length];
    return {
      key: `${department}-${i + 1}`,
      displayName: name.zh,
      englishName: name.en,
      jobTitle: role.title,
      rank: role.rank,
      department,
      leads: isLeader,
      roles: ['employee', ...(isLeader ? ['department-manager'] : []), ...roles],
      mobilePhone: phoneAt(start + i),
    };
  });
}

function construction(): DemoOrganization {
  const site = [
    { title: '管工', rank: 'P4' },
    { title: '技術員', rank: 'P2' },
    { title: '安全督導員', rank: 'P3' },
    { title: '工程師', rank: 'P5' },
  ];
  const all: DemoPerson[] = [
    ...people(
      1,
      7,
      'head-office',
      [
        { title: '行政主任', rank: 'P3' },
        { title: '項目經理', rank: 'P6' },
      ],
      { title: '董事總經理', rank: 'M5' },
    ),
    ...people(
      20,
      6,
      'finance',
      [
        { title: '會計主任', rank: 'P4' },
        { title: '會計文員', rank: 'P2' },
      ],
      { title: '財務經理', rank: 'M3' },
      ['finance'],
    ),
    ...people(
      30,
      5,
      'hr',
      [
        { title: '人事主任', rank: 'P4' },
        { title: '人事助理', rank: 'P2' },
      ],
      { title: '人力資源經理', rank: 'M3' },
      ['hr'],
    ),
    ...people(
      40,
      7,
      'safety',
      [
        { title: '安全主任', rank: 'P4' },
        { title: '安全督導員', rank: 'P3' },
      ],
      { title: '安全經理', rank: 'M3' },
    ),
    ...people(50, 1, 'projects', [], { title: '工程總監', rank: 'M4' }),
    ...people(60, 16, 'site-1', site, { title: '地盤總管', rank: 'M2' }),
    ...people(80, 16, 'site-2', site, { title: '地盤總管', rank: 'M2' }),
  ];
  // One finance officer audits; the sign-ins below are printed at start.
  all.find((p) => p.key === 'finance-2')!.roles.push('auditor');
  const signIns: Record<string, string> = { 'hr-1': 'hr', 'site-1-1': 'site1.manager', 'site-1-2': 'site1.worker', 'finance-2': 'auditor' };
  for (const person of all) if (signIns[person.key]) person.signIn = `${signIns[person.key]}@wanghin.example.com`;
  return {
    slug: 'wanghin',
    name: '宏建工程有限公司',
    domain: 'wanghin.example.com',
    admin: { displayName: '李家明', englishName: 'Lee Ka Ming', email: 'admin@wanghin.example.com', jobTitle: '資訊科技及系統管理員' },
    departments: [
      { key: 'head-office', name: '總辦事處', parent: null, code: 'HO' },
      { key: 'finance', name: '財務部', parent: null, code: 'FIN' },
      { key: 'hr', name: '人力資源部', parent: null, code: 'HR' },
      { key: 'safety', name: '安全部', parent: null, code: 'SAFE' },
      { key: 'projects', name: '工程部', parent: null, code: 'PRJ' },
      { key: 'site-1', name: '地盤一組（啟德）', parent: 'projects', code: 'SITE-1' },
      { key: 'site-2', name: '地盤二組（將軍澳）', parent: 'projects', code: 'SITE-2' },
    ],
    people: all,
    attendance: {
      places: [
        {
          key: 'office',
          name: '觀塘總辦事處',
          address: '九龍觀塘道 388 號',
          latitude: 22.3119,
          longitude: 114.2251,
          radiusMeters: 150,
          wifiBssids: ['02:1a:11:f0:00:01', '02:1a:11:f0:00:02'],
          ipRanges: [],
        },
        { key: 'kai-tak', name: '啟德地盤', address: '九龍啟德承豐道', latitude: 22.3244, longitude: 114.2009, radiusMeters: 500, wifiBssids: ['02:1a:11:f1:00:01'], ipRanges: [] },
        { key: 'tko', name: '將軍澳地盤', address: '新界將軍澳至善街', latitude: 22.3074, longitude: 114.2596, radiusMeters: 400, wifiBssids: ['02:1a:11:f2:00:01'], ipRanges: [] },
      ],
      shifts: [
        { key: 'office', name: '寫字樓 09:00–18:00', start: '09:00', end: '18:00', lateToleranceMinutes: 10, earlyLeaveToleranceMinutes: 0, breaks: [{ start: '13:00', end: '14:00' }] },
        { key: 'site', name: '地盤 08:00–17:00', start: '08:00', end: '17:00', lateToleranceMinutes: 5, earlyLeaveToleranceMinutes: 0, breaks: [{ start: '12:00', end: '13:00' }] },
      ],
      groups: [
        {
          name: '寫字樓員工',
          departments: ['head-office', 'finance', 'hr', 'safety', 'projects'],
          places: ['office'],
          shift: 'office',
          offsiteAllowed: true,
          offsiteRequiresRemark: true,
          monitoringNotice: null,
          overtimeMode: 'APPROVAL',
          overtimeCompensation: 'PAY_OR_TIME_OFF',
        },
        {
          name: '地盤員工',
          departments: ['site-1', 'site-2'],
          places: ['kai-tak', 'tko'],
          shift: 'site',
          offsiteAllowed: false,
          offsiteRequiresRemark: false,
          monitoringNotice: SITE_NOTICE,
          overtimeMode: 'APPROVAL_AND_PUNCHES',
          overtimeCompensation: 'PAY',
        },
      ],
      history: { 'head-office': 'office', finance: 'office', hr: 'office', safety: 'office', projects: 'office', 'site-1': 'kai-tak', 'site-2': 'tko' },
    },
  };
}

function education(): DemoOrganization {
  const all: DemoPerson[] = [
    ...people(
      100,
      4,
      'admin',
      [
        { title: '行政助理', rank: 'P2' },
        { title: '課程統籌', rank: 'P4' },
      ],
      { title: '中心主任', rank: 'M3' },
    ),
    ...people(
      110,
      10,
      'teachers',
      [
        { title: '導師', rank: 'P3' },
        { title: '高級導師', rank: 'P5' },
      ],
      { title: '教務主任', rank: 'M2' },
    ),
  ];
  // The administrative assistant keeps the accounts (expense claims are copied to finance).
  all.find((p) => p.key === 'admin-3')!.roles.push('finance');
  const signIns: Record<string, string> = { 'teachers-1': 'head.teacher', 'teachers-2': 'teacher' };
  for (const person of all) if (signIns[person.key]) person.signIn = `${signIns[person.key]}@kaihong.example.com`;
  return {
    slug: 'kaihong',
    name: '啟航教育中心',
    domain: 'kaihong.example.com',
    admin: { displayName: '周慧敏', englishName: 'Chow Wai Man', email: 'admin@kaihong.example.com', jobTitle: '中心經理' },
    departments: [
      { key: 'admin', name: '行政部', parent: null, code: 'ADM' },
      { key: 'teachers', name: '教學部', parent: null, code: 'TCH' },
    ],
    people: all,
    attendance: {
      places: [{ key: 'centre', name: '旺角教學中心', address: '九龍旺角彌敦道 688 號', latitude: 22.3193, longitude: 114.1694, radiusMeters: 100, wifiBssids: ['02:2b:22:e0:00:01'], ipRanges: [] }],
      shifts: [{ key: 'centre', name: '中心 10:00–19:00', start: '10:00', end: '19:00', lateToleranceMinutes: 10, earlyLeaveToleranceMinutes: 0, breaks: [{ start: '14:00', end: '15:00' }] }],
      groups: [
        {
          name: '中心員工',
          departments: ['admin', 'teachers'],
          places: ['centre'],
          shift: 'centre',
          offsiteAllowed: true,
          offsiteRequiresRemark: true,
          monitoringNotice: null,
          overtimeMode: 'APPROVAL',
          overtimeCompensation: 'PAY_OR_TIME_OFF',
        },
      ],
      history: {},
    },
  };
}

export const demoOrganizations: DemoOrganization[] = [construction(), education()];

/** The platform operator's own organisation and account (may create organisations). */
export const platformOperator = {
  slug: 'harbour-platform',
  name: 'Harbour 平台營運',
  domain: 'harbour.example.com',
  email: 'operator@harbour.example.com',
  displayName: '平台營運員',
};
