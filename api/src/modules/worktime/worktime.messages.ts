import type { MessageCatalog } from '../../core/i18n/i18n.js';

/** Messages of the worktime module. */
export const worktimeMessages: MessageCatalog = {
  SUBJECT_WorkingCalendar: { en: 'working calendar', 'zh-HK': '工作時間及假期', 'zh-CN': '工作时间及假期' },
  SUBJECT_Holiday: { en: 'holiday', 'zh-HK': '假期', 'zh-CN': '假期' },
  SUBJECT_MakeUpWorkday: { en: 'make-up working day', 'zh-HK': '補班日', 'zh-CN': '补班日' },
  WORKTIME_NO_WORKING_HOURS: {
    en: 'The working calendar has no working hours, so no working time can be counted.',
    'zh-HK': '工作日曆沒有任何工作時間，無法計算工作時間。',
    'zh-CN': '工作日历没有任何工作时间，无法计算工作时间。',
  },
  WORKTIME_INVALID_TIME: {
    en: 'Use a time of day as HH:MM, from 00:00 to 24:00.',
    'zh-HK': '請以 HH:MM 格式輸入時間（00:00 至 24:00）。',
    'zh-CN': '请以 HH:MM 格式输入时间（00:00 至 24:00）。',
  },
  WORKTIME_END_BEFORE_START: { en: 'The end must be after the start.', 'zh-HK': '結束時間必須遲於開始時間。', 'zh-CN': '结束时间必须晚于开始时间。' },
  WORKTIME_INTERVALS_NOT_SORTED: {
    en: 'List the times of a day in order, earliest first.',
    'zh-HK': '請按時間先後排列同一日的工作時段。',
    'zh-CN': '请按时间先后排列同一天的工作时段。',
  },
  WORKTIME_INTERVALS_OVERLAP: {
    en: 'This period overlaps the one before it.',
    'zh-HK': '此時段與前一時段重疊。',
    'zh-CN': '此时段与前一时段重叠。',
  },
  WORKTIME_TOO_MANY_INTERVALS: {
    en: 'A day may have at most {max} working periods.',
    'zh-HK': '每日最多只可有 {max} 個工作時段。',
    'zh-CN': '每天最多只能有 {max} 个工作时段。',
  },
  WORKTIME_INVALID_TIME_ZONE: {
    en: 'Not a known time zone (use a name such as Asia/Hong_Kong).',
    'zh-HK': '無法識別此時區（請使用如 Asia/Hong_Kong 的名稱）。',
    'zh-CN': '无法识别此时区（请使用如 Asia/Hong_Kong 的名称）。',
  },
  WORKTIME_NAME_REQUIRED: {
    en: 'Give the holiday a name in at least one language.',
    'zh-HK': '請以至少一種語言填寫假期名稱。',
    'zh-CN': '请以至少一种语言填写假期名称。',
  },
  WORKTIME_YEAR_OUT_OF_RANGE: {
    en: 'Use a year from {min} to {max}.',
    'zh-HK': '請使用 {min} 至 {max} 年之間的年份。',
    'zh-CN': '请使用 {min} 至 {max} 年之间的年份。',
  },
  WORKTIME_UNKNOWN_YEAR: {
    en: 'Harbour’s list of Hong Kong holidays covers {years} only.',
    'zh-HK': 'Harbour 的香港假期列表只包括 {years} 年。',
    'zh-CN': 'Harbour 的香港假期列表只包括 {years} 年。',
  },
  WORKTIME_WORKDAY_WITHOUT_HOURS: {
    en: 'A make-up working day needs at least one working period.',
    'zh-HK': '補班日須有至少一個工作時段。',
    'zh-CN': '补班日须有至少一个工作时段。',
  },
  WORKTIME_DATE_IS_HOLIDAY: {
    en: 'This day is a holiday ({name}): remove the holiday first to make it a working day.',
    'zh-HK': '此日為假期（{name}）：請先移除該假期，才可定為補班日。',
    'zh-CN': '此日为假期（{name}）：请先移除该假期，才可定为补班日。',
  },
  WORKTIME_DATE_IS_MAKE_UP_WORKDAY: {
    en: 'This day is a make-up working day: remove it first to make the day a holiday.',
    'zh-HK': '此日為補班日：請先移除補班日，才可定為假期。',
    'zh-CN': '此日为补班日：请先移除补班日，才可定为假期。',
  },
  WORKTIME_RANGE_TOO_LONG: {
    en: 'A range may span at most {maxDays} days.',
    'zh-HK': '時段最長只可跨越 {maxDays} 日。',
    'zh-CN': '时段最长只能跨越 {maxDays} 天。',
  },
};
