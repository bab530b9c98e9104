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
}

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
