import { describe, expect, it } from 'vitest';
import { hongKongHolidays, hongKongHolidayYears, type Observance } from '../../../../seeds/hong-kong-holidays.js';

/**
 * The proof of the reference list, since no gazette is at hand offline: every date is recomputed from first principles
 * and the Ordinances' rules. Lunar festivals come from astronomical new moons in Hong Kong time (UTC+8, the time the
 * Chinese calendar is reckoned in) by Meeus' algorithm (Astronomical Algorithms, ch. 49: mean phase plus the periodic
 * and planetary terms, good to well under a minute); leap months and the solar terms (Ching Ming, the Winter Solstice)
 * from the Sun's apparent longitude (ch. 25, good to about a quarter of an hour); Easter by the Gregorian computus.
 * Each event the dates hang on must lie far enough from midnight that the method's error cannot move it to another day.
 */

const DAY_MS = 86_400_000;
const HONG_KONG_OFFSET_MS = 8 * 3_600_000;
const rad = (degrees: number) => (degrees * Math.PI) / 180;
const sin = (degrees: number) => Math.sin(rad(degrees));
const normalise = (degrees: number) => ((degrees % 360) + 360) % 360;
/** Minutes from midnight an event must be for its day to be certain: the methods' errors, with room to spare. */
const MOON_MARGIN = 2;
const SUN_MARGIN = 30;

/** Days since 1970-01-01 of a YYYY-MM-DD date, and back. */
const dayOf = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isSunday = (day: number) => new Date(day * DAY_MS).getUTCDay() === 0;

/** TT − UT in seconds (Espenak & Meeus' polynomial for 2005–2050). */
function deltaT(year: number): number {
  const t = year - 2000;
  return 62.92 + 0.32217 * t + 0.005589 * t * t;
}

/** The Hong Kong calendar day of an instant given as a Julian Ephemeris Day, and how far it is from that day's ends. */
function hongKongTime(jde: number): { day: number; minutesFromMidnight: number } {
  const year = 2000 + (jde - 2451545) / 365.25;
  const ms = (jde - deltaT(year) / 86400 - 2440587.5) * DAY_MS + HONG_KONG_OFFSET_MS;
  const day = Math.floor(ms / DAY_MS);
  const minutesIntoDay = (ms - day * DAY_MS) / 60_000;
  return { day, minutesFromMidnight: Math.min(minutesIntoDay, 24 * 60 - minutesIntoDay) };
}

/**
 * The Hong Kong day of an instant, refusing one within `marginMinutes` of midnight: there the method's error could
 * decide the day, and the check would prove nothing.
 */
function clearDay(jde: number, marginMinutes: number, what: string): number {
  const { day, minutesFromMidnight } = hongKongTime(jde);
  if (minutesFromMidnight < marginMinutes) throw new Error(`${what} is ${minutesFromMidnight.toFixed(1)} minutes from midnight in Hong Kong: too close to tell the day`);
  return day;
}

/** The instant (JDE) of new moon number k, counted from the one of 6 January 2000 (Meeus ch. 49). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T ** 2 - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T ** 2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T ** 2 - 0.00000011 * T ** 3;
  const Mm = 201.5643 + 385.81693528 * k + 0.0107582 * T ** 2 + 0.00001238 * T ** 3 - 0.000000058 * T ** 4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T ** 2 - 0.00000227 * T ** 3 + 0.000000011 * T ** 4;
  const Omega = 124.7746 - 1.56375588 * k + 0.0020672 * T ** 2 + 0.00000215 * T ** 3;
  const periodic =
    -0.4072 * sin(Mm) +
    0.17241 * E * sin(M) +
    0.01608 * sin(2 * Mm) +
    0.01039 * sin(2 * F) +
    0.00739 * E * sin(Mm - M) -
    0.00514 * E * sin(Mm + M) +
    0.00208 * E * E * sin(2 * M) -
    0.00111 * sin(Mm - 2 * F) -
    0.00057 * sin(Mm + 2 * F) +
    0.00056 * E * sin(2 * Mm + M) -
    0.00042 * sin(3 * Mm) +
    0.00042 * E * sin(M + 2 * F) +
    0.00038 * E * sin(M - 2 * F) -
    0.00024 * E * sin(2 * Mm - M) -
    0.00017 * sin(Omega) -
    0.00007 * sin(Mm + 2 * M) +
    0.00004 * sin(2 * Mm - 2 * F) +
    0.00004 * sin(3 * M) +
    0.00003 * sin(Mm + M - 2 * F) +
    0.00003 * sin(2 * Mm + 2 * F) -
    0.00003 * sin(Mm + M + 2 * F) +
    0.00003 * sin(Mm - M + 2 * F) -
    0.00002 * sin(Mm - M - 2 * F) -
    0.00002 * sin(3 * Mm + M) +
    0.00002 * sin(4 * Mm);
  const planetary: [number, number, number][] = [
    [0.000325, 299.77 + 0.107408 * k - 0.009173 * T ** 2, 0],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  return jde + periodic + planetary.reduce((sum, [amplitude, base, rate]) => sum + amplitude * sin(base + rate * k), 0);
}

/** The Sun's apparent longitude in degrees at a JDE (Meeus ch. 25, low accuracy: about 0.01°). */
function sunLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T ** 2;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T ** 2;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T ** 2) * sin(M) + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
  const Omega = 125.04 - 1934.136 * T;
  return normalise(L0 + C - 0.00569 - 0.00478 * sin(Omega));
}

/** The JDE at which the Sun reaches `longitude`, starting from a guess within a few weeks. */
function sunReaches(longitude: number, guess: number): number {
  let jde = guess;
  for (let step = 0; step < 50; step += 1) {
    const behind = ((longitude - sunLongitude(jde) + 540) % 360) - 180;
    jde += behind / 0.9856;
    if (Math.abs(behind) < 1e-7) break;
  }
  return jde;
}

const jdeOfDay = (day: number) => day + 2440587.5;
/** The Hong Kong day of the solar term at `longitude` near a date (terms are known to the day ± 2). */
const solarTermDay = (longitude: number, near: string) => clearDay(sunReaches(longitude, jdeOfDay(dayOf(near))), SUN_MARGIN, `the Sun at ${longitude}° near ${near}`);
/** The Hong Kong day of the December solstice of a year. */
const winterSolstice = (year: number) => solarTermDay(270, `${year}-12-21`);

/** The first days (Hong Kong days) of the lunar months from month 11 of `year − 1` to month 10 of `year`, numbered. */
function lunarMonths(year: number): { month: number; leap: boolean; firstDay: number }[] {
  // Month 11 is the month holding the winter solstice; the months from one month 11 to the next make a "sui".
  const k0 = Math.floor((jdeOfDay(dayOf(`${year - 1}-11-01`)) - 2451550.09766) / 29.530588861);
  const starts: number[] = [];
  for (let k = k0; starts.length < 16; k += 1) starts.push(clearDay(newMoon(k), MOON_MARGIN, `new moon ${k}`));
  const month11Of = (solstice: number) => starts.filter((start) => start <= solstice).at(-1)!;
  const first = starts.indexOf(month11Of(winterSolstice(year - 1)));
  const next = starts.indexOf(month11Of(winterSolstice(year)));
  const sui = starts.slice(first, next + 1);
  // A sui of 13 months has a leap month: the first that holds no principal term (the Sun at a multiple of 30°).
  let leapIndex = -1;
  if (sui.length - 1 === 13) {
    const termDays: number[] = [];
    for (let longitude = 270, jde = sunReaches(270, jdeOfDay(sui[0])); termDays.length < 14; longitude = (longitude + 30) % 360, jde = sunReaches(longitude, jde + 30.4)) {
      const { day, minutesFromMidnight } = hongKongTime(jde);
      // Only a term on or next to a month's first day can change which month holds it.
      if (minutesFromMidnight < SUN_MARGIN && sui.some((start) => Math.abs(start - day) <= 1)) throw new Error(`principal term ${longitude}° is too close to midnight`);
      termDays.push(day);
    }
    leapIndex = sui.findIndex((start, index) => index < sui.length - 1 && !termDays.some((day) => day >= start && day < sui[index + 1]));
  }
  const months: { month: number; leap: boolean; firstDay: number }[] = [];
  let month = 10;
  sui.slice(0, -1).forEach((firstDay, index) => {
    const leap = index === leapIndex;
    if (!leap) month = (month % 12) + 1;
    months.push({ month, leap, firstDay });
  });
  return months;
}

/** The Hong Kong day of a lunar date (month 1 to 10, not a leap month) in the Gregorian `year`. */
function lunarDate(year: number, month: number, day: number): number {
  return lunarMonths(year).find((m) => m.month === month && !m.leap)!.firstDay + day - 1;
}

/** Easter Sunday by the Gregorian computus (the "anonymous" algorithm in Meeus ch. 8). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The festivals of a year as computed here (Hong Kong dates). */
function festivals(year: number) {
  const lunarNewYear = lunarDate(year, 1, 1);
  return {
    lunarNewYear,
    buddhasBirthday: lunarDate(year, 4, 8),
    tuenNg: lunarDate(year, 5, 5),
    midAutumn: lunarDate(year, 8, 15),
    chungYeung: lunarDate(year, 9, 9),
    chingMing: solarTermDay(15, `${year}-04-05`),
    winterSolstice: winterSolstice(year),
    easter: dayOf(easter(year)),
  };
}

interface Due {
  observance: Observance;
  day: number;
}

/** The days the Ordinances name for a year, before the Sunday rules; `general` and `statutory` say which list. */
function dueDays(year: number, list: 'general' | 'statutory'): Due[] {
  const f = festivals(year);
  const fixed = (observance: Observance, monthDay: string): Due => ({ observance, day: dayOf(`${year}-${monthDay}`) });
  let afterChristmas = dayOf(`${year}-12-26`);
  while (isSunday(afterChristmas)) afterChristmas += 1;
  const both: Due[] = [
    fixed('newYear', '01-01'),
    { observance: 'lunarNewYear1', day: f.lunarNewYear },
    { observance: 'lunarNewYear2', day: f.lunarNewYear + 1 },
    { observance: 'lunarNewYear3', day: f.lunarNewYear + 2 },
    { observance: 'chingMing', day: f.chingMing },
    { observance: 'easterMonday', day: f.easter + 1 },
    fixed('labourDay', '05-01'),
    { observance: 'buddhasBirthday', day: f.buddhasBirthday },
    { observance: 'tuenNg', day: f.tuenNg },
    fixed('establishmentDay', '07-01'),
    { observance: 'dayAfterMidAutumn', day: f.midAutumn + 1 },
    fixed('nationalDay', '10-01'),
    { observance: 'chungYeung', day: f.chungYeung },
    { observance: 'firstWeekdayAfterChristmas', day: afterChristmas },
  ];
  if (list === 'general') {
    return [...both, { observance: 'goodFriday', day: f.easter - 2 }, { observance: 'dayAfterGoodFriday', day: f.easter - 1 }, fixed('christmas', '12-25')];
  }
  return [...both, { observance: 'winterSolstice', day: f.winterSolstice }];
}

/**
 * The days off, by observance: in date order, a day that falls on a Sunday (or on a day already given to another
 * holiday) moves to the next day that is neither; a Sunday among the first three days of the Lunar New Year is replaced
 * by the fourth day.
 */
function observed(due: Due[]): Map<Observance, string> {
  const taken = new Set<number>();
  const result = new Map<Observance, string>();
  const lunarNewYear = due.find((d) => d.observance === 'lunarNewYear1')!.day;
  for (let { observance, day } of [...due].sort((a, b) => a.day - b.day)) {
    if (observance.startsWith('lunarNewYear') && isSunday(day)) [observance, day] = ['lunarNewYear4', lunarNewYear + 3];
    while (isSunday(day) || taken.has(day)) day += 1;
    taken.add(day);
    result.set(observance, dateOf(day));
  }
  return result;
}

const seeded = (year: number, list: 'general' | 'statutory') =>
  new Map(hongKongHolidays[year].filter((holiday) => (list === 'general' ? holiday.general : holiday.statutory)).map((holiday) => [holiday.observance, holiday.date]));

describe('the astronomy and the computus, against festivals already past', () => {
  it('finds the Lunar New Year, the lunar festivals, the solar terms and Easter of 2024 and 2025 (2025 has a leap 6th month)', () => {
    const shown = (year: number) => {
      const f = festivals(year);
      return Object.fromEntries(Object.entries(f).map(([name, day]) => [name, dateOf(day)]));
    };
    expect(shown(2024)).toEqual({
      lunarNewYear: '2024-02-10',
      buddhasBirthday: '2024-05-15',
      tuenNg: '2024-06-10',
      midAutumn: '2024-09-17',
      chungYeung: '2024-10-11',
      chingMing: '2024-04-04',
      winterSolstice: '2024-12-21',
      easter: '2024-03-31',
    });
    expect(shown(2025)).toEqual({
      lunarNewYear: '2025-01-29',
      buddhasBirthday: '2025-05-05',
      tuenNg: '2025-05-31',
      midAutumn: '2025-10-06',
      chungYeung: '2025-10-29',
      chingMing: '2025-04-04',
      winterSolstice: '2025-12-21',
      easter: '2025-04-20',
    });
    expect(lunarMonths(2025).filter((m) => m.leap)).toEqual([{ month: 6, leap: true, firstDay: dayOf('2025-07-25') }]);
    expect(lunarMonths(2026).filter((m) => m.leap)).toEqual([]);
  });
});

describe('the seeded Hong Kong holidays', () => {
  it('covers 2026 and 2027, each date a real date in its year, one entry per date', () => {
    expect(hongKongHolidayYears).toEqual([2026, 2027]);
    for (const year of hongKongHolidayYears) {
      const dates = hongKongHolidays[year].map((holiday) => holiday.date);
      expect(dates.every((date) => date.startsWith(`${year}-`) && dateOf(dayOf(date)) === date)).toBe(true);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates).toEqual([...dates].sort());
    }
  });

  it('puts the 2026 and 2027 festivals on the days the astronomy and the computus give', () => {
    expect(Object.fromEntries(Object.entries(festivals(2026)).map(([name, day]) => [name, dateOf(day)]))).toEqual({
      lunarNewYear: '2026-02-17',
      buddhasBirthday: '2026-05-24',
      tuenNg: '2026-06-19',
      midAutumn: '2026-09-25',
      chungYeung: '2026-10-18',
      chingMing: '2026-04-05',
      winterSolstice: '2026-12-22',
      easter: '2026-04-05',
    });
    expect(Object.fromEntries(Object.entries(festivals(2027)).map(([name, day]) => [name, dateOf(day)]))).toEqual({
      lunarNewYear: '2027-02-06',
      buddhasBirthday: '2027-05-13',
      tuenNg: '2027-06-09',
      midAutumn: '2027-09-15',
      chungYeung: '2027-10-08',
      chingMing: '2027-04-05',
      winterSolstice: '2027-12-22',
      easter: '2027-03-28',
    });
  });

  it.each(hongKongHolidayYears.map((year) => [year]))('lists exactly the general holidays of %i under the General Holidays Ordinance’s rules', (year) => {
    expect(seeded(year, 'general')).toEqual(observed(dueDays(year, 'general')));
    expect(seeded(year, 'general').size).toBe(17);
  });

  it.each(hongKongHolidayYears.map((year) => [year]))('lists exactly the 15 statutory holidays of %i under the Employment Ordinance’s rules', (year) => {
    expect(seeded(year, 'statutory')).toEqual(observed(dueDays(year, 'statutory')));
    expect(seeded(year, 'statutory').size).toBe(15);
  });
});
