/**
 * Hong Kong's holidays, the reference list every organisation's working calendar starts with (admins may change it).
 *
 * - General holidays (bank holidays) are those of the General Holidays Ordinance (Cap. 149) as gazetted for the year:
 *   a holiday falling on a Sunday moves to the next day that is not a holiday, and when any of the first three days of
 *   the Lunar New Year is a Sunday, the fourth day is a holiday instead. Sundays themselves are not listed.
 * - Statutory holidays are the Employment Ordinance's (Cap. 57, s. 39): from 2026 there are 15 — Easter Monday is the
 *   one added in 2026 (Good Friday follows in 2028, the day following Good Friday in 2030). A statutory holiday falling
 *   on a Sunday moves to the next day that is not a statutory holiday. The employer chooses between the Chinese Winter
 *   Solstice Festival and Christmas Day; the list seeds the Solstice (named so in the holiday's name), and an
 *   organisation that gives Christmas Day instead removes it and marks Christmas Day statutory.
 *
 * `observance` names the festival or rule a date comes from, so that the unit spec in the worktime module can recompute
 * each date: the lunar festivals from astronomical new moons in Hong Kong time, Easter by the Gregorian computus, the
 * solar terms (Ching Ming, Winter Solstice) from the Sun's longitude, and the Sunday rules above.
 */

/** A name in Harbour's three languages. */
export interface HolidayNames {
  en: string;
  'zh-HK': string;
  'zh-CN': string;
}

/** The festivals and fixed days the ordinances name. */
export type Observance =
  | 'newYear'
  | 'lunarNewYear1'
  | 'lunarNewYear2'
  | 'lunarNewYear3'
  | 'lunarNewYear4'
  | 'goodFriday'
  | 'dayAfterGoodFriday'
  | 'easterMonday'
  | 'chingMing'
  | 'labourDay'
  | 'buddhasBirthday'
  | 'tuenNg'
  | 'establishmentDay'
  | 'dayAfterMidAutumn'
  | 'nationalDay'
  | 'chungYeung'
  | 'winterSolstice'
  | 'christmas'
  | 'firstWeekdayAfterChristmas';

/** One day of the reference list. */
export interface HongKongHoliday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  name: HolidayNames;
  /** A general holiday (bank holiday) under the General Holidays Ordinance. */
  general: boolean;
  /** A statutory holiday under the Employment Ordinance. */
  statutory: boolean;
  /** What the date observes (on its own day, or as the substitute for one that fell on a Sunday or another holiday). */
  observance: Observance;
}

const names = (en: string, zhHK: string, zhCN: string): HolidayNames => ({ en, 'zh-HK': zhHK, 'zh-CN': zhCN });

const NEW_YEAR = names('The first day of January', '一月一日', '一月一日');
const LUNAR_NEW_YEAR_1 = names('Lunar New Year’s Day', '農曆年初一', '农历年初一');
const LUNAR_NEW_YEAR_2 = names('The second day of Lunar New Year', '農曆年初二', '农历年初二');
const LUNAR_NEW_YEAR_3 = names('The third day of Lunar New Year', '農曆年初三', '农历年初三');
const LUNAR_NEW_YEAR_4 = names('The fourth day of Lunar New Year', '農曆年初四', '农历年初四');
const GOOD_FRIDAY = names('Good Friday', '耶穌受難節', '耶稣受难节');
const DAY_AFTER_GOOD_FRIDAY = names('The day following Good Friday', '耶穌受難節翌日', '耶稣受难节翌日');
const EASTER_MONDAY = names('Easter Monday', '復活節星期一', '复活节星期一');
const DAY_AFTER_EASTER_MONDAY = names('The day following Easter Monday', '復活節星期一翌日', '复活节星期一翌日');
const CHING_MING = names('Ching Ming Festival', '清明節', '清明节');
const DAY_AFTER_CHING_MING = names('The day following Ching Ming Festival', '清明節翌日', '清明节翌日');
const LABOUR_DAY = names('Labour Day', '勞動節', '劳动节');
const BUDDHA = names('The Birthday of the Buddha', '佛誕', '佛诞');
const DAY_AFTER_BUDDHA = names('The day following the Birthday of the Buddha', '佛誕翌日', '佛诞翌日');
const TUEN_NG = names('Tuen Ng Festival', '端午節', '端午节');
const ESTABLISHMENT_DAY = names('Hong Kong Special Administrative Region Establishment Day', '香港特別行政區成立紀念日', '香港特别行政区成立纪念日');
const DAY_AFTER_MID_AUTUMN = names('The day following the Chinese Mid-Autumn Festival', '中秋節翌日', '中秋节翌日');
const NATIONAL_DAY = names('National Day', '國慶日', '国庆日');
const CHUNG_YEUNG = names('Chung Yeung Festival', '重陽節', '重阳节');
const DAY_AFTER_CHUNG_YEUNG = names('The day following Chung Yeung Festival', '重陽節翌日', '重阳节翌日');
const WINTER_SOLSTICE = names(
  'Chinese Winter Solstice Festival (statutory; the employer may give Christmas Day instead)',
  '冬節（法定假日；僱主可改以聖誕節代替）',
  '冬节（法定假日；雇主可改以圣诞节代替）',
);
const CHRISTMAS = names('Christmas Day', '聖誕節', '圣诞节');
const FIRST_WEEKDAY_AFTER_CHRISTMAS = names('The first weekday after Christmas Day', '聖誕節後第一個周日', '圣诞节后第一个工作日');

const both = { general: true, statutory: true } as const;
const generalOnly = { general: true, statutory: false } as const;
const statutoryOnly = { general: false, statutory: true } as const;

/** Hong Kong's general and statutory holidays by year. */
export const hongKongHolidays: Readonly<Record<number, readonly HongKongHoliday[]>> = {
  2026: [
    { date: '2026-01-01', name: NEW_YEAR, ...both, observance: 'newYear' },
    { date: '2026-02-17', name: LUNAR_NEW_YEAR_1, ...both, observance: 'lunarNewYear1' },
    { date: '2026-02-18', name: LUNAR_NEW_YEAR_2, ...both, observance: 'lunarNewYear2' },
    { date: '2026-02-19', name: LUNAR_NEW_YEAR_3, ...both, observance: 'lunarNewYear3' },
    { date: '2026-04-03', name: GOOD_FRIDAY, ...generalOnly, observance: 'goodFriday' },
    { date: '2026-04-04', name: DAY_AFTER_GOOD_FRIDAY, ...generalOnly, observance: 'dayAfterGoodFriday' },
    // Ching Ming is Sunday 5 April (Easter Sunday too): its day off is Monday 6 April, which pushes Easter Monday's to the 7th.
    { date: '2026-04-06', name: DAY_AFTER_CHING_MING, ...both, observance: 'chingMing' },
    { date: '2026-04-07', name: DAY_AFTER_EASTER_MONDAY, ...both, observance: 'easterMonday' },
    { date: '2026-05-01', name: LABOUR_DAY, ...both, observance: 'labourDay' },
    // The Birthday of the Buddha (4th day of the 4th moon) is Sunday 24 May.
    { date: '2026-05-25', name: DAY_AFTER_BUDDHA, ...both, observance: 'buddhasBirthday' },
    { date: '2026-06-19', name: TUEN_NG, ...both, observance: 'tuenNg' },
    { date: '2026-07-01', name: ESTABLISHMENT_DAY, ...both, observance: 'establishmentDay' },
    // Mid-Autumn (15th day of the 8th moon) is Friday 25 September; the holiday is the day following it.
    { date: '2026-09-26', name: DAY_AFTER_MID_AUTUMN, ...both, observance: 'dayAfterMidAutumn' },
    { date: '2026-10-01', name: NATIONAL_DAY, ...both, observance: 'nationalDay' },
    // Chung Yeung (9th day of the 9th moon) is Sunday 18 October.
    { date: '2026-10-19', name: DAY_AFTER_CHUNG_YEUNG, ...both, observance: 'chungYeung' },
    { date: '2026-12-22', name: WINTER_SOLSTICE, ...statutoryOnly, observance: 'winterSolstice' },
    { date: '2026-12-25', name: CHRISTMAS, ...generalOnly, observance: 'christmas' },
    { date: '2026-12-26', name: FIRST_WEEKDAY_AFTER_CHRISTMAS, ...both, observance: 'firstWeekdayAfterChristmas' },
  ],
  // 2027's statutory holidays, derived by s. 39 of the Employment Ordinance (each checked by the unit spec):
  // 1 Jan, Lunar New Year's Day 6 Feb (Sat), the 3rd day 8 Feb; the 2nd day is Sunday 7 Feb, and the next day that is not
  // a statutory holiday is 9 Feb (the 4th day); Easter Monday 29 Mar; Ching Ming 5 Apr (Mon); Labour Day 1 May (Sat); the
  // Birthday of the Buddha 13 May; Tuen Ng 9 Jun; 1 Jul; the day following Mid-Autumn (Wed 15 Sep) 16 Sep; National Day
  // 1 Oct; Chung Yeung 8 Oct; Winter Solstice 22 Dec (Wed); the first weekday after Christmas is 27 Dec (the 26th is a
  // Sunday). None of the fifteen falls on a Sunday except the 2nd day of the Lunar New Year.
  2027: [
    { date: '2027-01-01', name: NEW_YEAR, ...both, observance: 'newYear' },
    { date: '2027-02-06', name: LUNAR_NEW_YEAR_1, ...both, observance: 'lunarNewYear1' },
    { date: '2027-02-08', name: LUNAR_NEW_YEAR_3, ...both, observance: 'lunarNewYear3' },
    { date: '2027-02-09', name: LUNAR_NEW_YEAR_4, ...both, observance: 'lunarNewYear4' },
    { date: '2027-03-26', name: GOOD_FRIDAY, ...generalOnly, observance: 'goodFriday' },
    { date: '2027-03-27', name: DAY_AFTER_GOOD_FRIDAY, ...generalOnly, observance: 'dayAfterGoodFriday' },
    { date: '2027-03-29', name: EASTER_MONDAY, ...both, observance: 'easterMonday' },
    { date: '2027-04-05', name: CHING_MING, ...both, observance: 'chingMing' },
    { date: '2027-05-01', name: LABOUR_DAY, ...both, observance: 'labourDay' },
    { date: '2027-05-13', name: BUDDHA, ...both, observance: 'buddhasBirthday' },
    { date: '2027-06-09', name: TUEN_NG, ...both, observance: 'tuenNg' },
    { date: '2027-07-01', name: ESTABLISHMENT_DAY, ...both, observance: 'establishmentDay' },
    { date: '2027-09-16', name: DAY_AFTER_MID_AUTUMN, ...both, observance: 'dayAfterMidAutumn' },
    { date: '2027-10-01', name: NATIONAL_DAY, ...both, observance: 'nationalDay' },
    { date: '2027-10-08', name: CHUNG_YEUNG, ...both, observance: 'chungYeung' },
    { date: '2027-12-22', name: WINTER_SOLSTICE, ...statutoryOnly, observance: 'winterSolstice' },
    { date: '2027-12-25', name: CHRISTMAS, ...generalOnly, observance: 'christmas' },
    { date: '2027-12-27', name: FIRST_WEEKDAY_AFTER_CHRISTMAS, ...both, observance: 'firstWeekdayAfterChristmas' },
  ],
};

/** The years the reference list covers, ascending. */
export const hongKongHolidayYears: readonly number[] = Object.keys(hongKongHolidays)
  .map(Number)
  .sort((a, b) => a - b);
