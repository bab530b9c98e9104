import type { MessageCatalog } from '../../core/i18n/i18n.js';

/** Messages of the attendance module. */
export const attendanceMessages: MessageCatalog = {
  SUBJECT_AttendancePlace: { en: 'attendance place', 'zh-HK': '打卡地點', 'zh-CN': '打卡地点' },
  SUBJECT_AttendanceShift: { en: 'shift', 'zh-HK': '班次', 'zh-CN': '班次' },
  SUBJECT_AttendanceGroup: { en: 'attendance group', 'zh-HK': '考勤組', 'zh-CN': '考勤组' },
  SUBJECT_AttendancePunch: { en: 'punch', 'zh-HK': '打卡記錄', 'zh-CN': '打卡记录' },
  SUBJECT_AttendanceDay: { en: 'attendance day', 'zh-HK': '每日考勤結果', 'zh-CN': '每日考勤结果' },
  ATTENDANCE_RANGE_TOO_LONG: {
    en: 'Choose a range of at most {max} days, ending on or after its start.',
    'zh-HK': '請選擇不多於 {max} 日的範圍，而結束日不可早於開始日。',
    'zh-CN': '请选择不多于 {max} 天的范围，且结束日不可早于开始日。',
  },
  SUBJECT_AttendanceMonth: { en: 'attendance month', 'zh-HK': '考勤月份', 'zh-CN': '考勤月份' },
  ATTENDANCE_INVALID_TRANSITION: {
    en: 'It is {status} now: “{verb}” is not possible.',
    'zh-HK': '目前狀態為 {status}，不能執行「{verb}」。',
    'zh-CN': '当前状态为 {status}，不能执行“{verb}”。',
  },
  ATTENDANCE_MONTH_INVALID: { en: 'Use a month as YYYY-MM.', 'zh-HK': '請以 YYYY-MM 填寫月份。', 'zh-CN': '请以 YYYY-MM 填写月份。' },
  ATTENDANCE_MONTH_NOT_BEGUN: { en: 'Only a month that has begun can be locked.', 'zh-HK': '只可鎖定已開始的月份。', 'zh-CN': '只可锁定已开始的月份。' },
  ATTENDANCE_MONTH_LOCKED: {
    en: '{month} is locked for payroll: its attendance can no longer change. Ask HR to reopen it.',
    'zh-HK': '{month} 已為計糧鎖定，考勤不能再更改。請聯絡人事部重新開放。',
    'zh-CN': '{month} 已为计薪锁定，考勤不能再更改。请联系人事部重新开放。',
  },
  SUBJECT_AttendanceRosterEntry: { en: 'roster', 'zh-HK': '排班', 'zh-CN': '排班' },
  ATTENDANCE_ROSTER_DUPLICATE: { en: 'This person’s day is given twice.', 'zh-HK': '此人員同一日出現了兩次。', 'zh-CN': '此人员同一天出现了两次。' },
  ATTENDANCE_ROSTER_HEADER: {
    en: 'The first row must be the header person,date,shift.',
    'zh-HK': '第一行必須是標題 person,date,shift。',
    'zh-CN': '第一行必须是标题 person,date,shift。',
  },
  ATTENDANCE_NOT_A_MEMBER: { en: 'This person is in no attendance group.', 'zh-HK': '此人員未有加入任何考勤組。', 'zh-CN': '此人员未加入任何考勤组。' },
  ATTENDANCE_OUT_OF_RANGE: { en: 'Must be a whole number from {min} to {max}.', 'zh-HK': '必須是 {min} 至 {max} 之間的整數。', 'zh-CN': '必须是 {min} 至 {max} 之间的整数。' },
  ATTENDANCE_BSSID_INVALID: {
    en: 'Not a Wi-Fi BSSID (six pairs of hex digits, e.g. aa:bb:cc:dd:ee:ff).',
    'zh-HK': '不是有效的 Wi-Fi BSSID（六組十六進位數字，例如 aa:bb:cc:dd:ee:ff）。',
    'zh-CN': '不是有效的 Wi-Fi BSSID（六组十六进制数字，例如 aa:bb:cc:dd:ee:ff）。',
  },
  ATTENDANCE_IP_RANGE_INVALID: {
    en: 'Not an IP range (an address, or CIDR such as 203.0.113.0/24).',
    'zh-HK': '不是有效的 IP 範圍（一個地址，或 CIDR 例如 203.0.113.0/24）。',
    'zh-CN': '不是有效的 IP 范围（一个地址，或 CIDR 例如 203.0.113.0/24）。',
  },
  ATTENDANCE_TIME_INVALID: { en: 'Use a time of day as HH:MM (00:00–23:59).', 'zh-HK': '請以 HH:MM 填寫時間（00:00–23:59）。', 'zh-CN': '请以 HH:MM 填写时间（00:00–23:59）。' },
  ATTENDANCE_SHIFT_EMPTY: { en: 'The end must differ from the start.', 'zh-HK': '下班時間不可與上班時間相同。', 'zh-CN': '下班时间不可与上班时间相同。' },
  ATTENDANCE_TIME_ZONE_INVALID: { en: 'Not a known time zone (e.g. Asia/Hong_Kong).', 'zh-HK': '不是有效的時區（例如 Asia/Hong_Kong）。', 'zh-CN': '不是有效的时区（例如 Asia/Hong_Kong）。' },
  ATTENDANCE_GROUP_WITHOUT_MEMBERS: {
    en: 'Choose at least one department or person.',
    'zh-HK': '請至少選擇一個部門或一位人員。',
    'zh-CN': '请至少选择一个部门或一位人员。',
  },
  ATTENDANCE_PLACE_IN_USE: {
    en: 'This place is used by {groups}: take it out of those groups first.',
    'zh-HK': '此地點正被 {groups} 使用，請先從這些考勤組移除。',
    'zh-CN': '此地点正被 {groups} 使用，请先从这些考勤组移除。',
  },
  ATTENDANCE_SHIFT_IN_USE: {
    en: 'This shift is used by {groups}: give those groups another shift first.',
    'zh-HK': '此班次正被 {groups} 使用，請先為這些考勤組更換班次。',
    'zh-CN': '此班次正被 {groups} 使用，请先为这些考勤组更换班次。',
  },
  ATTENDANCE_NOT_IN_GROUP: {
    en: 'You are not in any attendance group, so you cannot punch. Ask HR to add you.',
    'zh-HK': '你未有加入任何考勤組，未能打卡。請聯絡人事部。',
    'zh-CN': '你未加入任何考勤组，无法打卡。请联系人事部。',
  },
  ATTENDANCE_NOTICE_NOT_ACKNOWLEDGED: {
    en: 'Please read and acknowledge the monitoring notice of {group} before punching.',
    'zh-HK': '打卡前請先閱讀並確認「{group}」的監察通知。',
    'zh-CN': '打卡前请先阅读并确认“{group}”的监察通知。',
  },
  ATTENDANCE_NO_NOTICE: { en: 'Your attendance group has no monitoring notice to acknowledge.', 'zh-HK': '你的考勤組沒有需要確認的監察通知。', 'zh-CN': '你的考勤组没有需要确认的监察通知。' },
  ATTENDANCE_DEVICE_TIME_IN_FUTURE: {
    en: 'The phone’s clock is ahead of the server’s: check its date and time, then punch again.',
    'zh-HK': '手機時間比伺服器快，請檢查手機的日期和時間後再打卡。',
    'zh-CN': '手机时间比服务器快，请检查手机的日期和时间后再打卡。',
  },
  ATTENDANCE_OFFLINE_TOO_OLD: {
    en: 'This offline punch is older than {minutes} minutes and can no longer be accepted: apply for a make-up punch.',
    'zh-HK': '此離線打卡已超過 {minutes} 分鐘，不能再接受，請申請補卡。',
    'zh-CN': '此离线打卡已超过 {minutes} 分钟，不能再接受，请申请补卡。',
  },
  ATTENDANCE_OUTSIDE_PUNCH_WINDOW: {
    en: 'Punching is not open now for the shift {shift} ({start}–{end}).',
    'zh-HK': '現在不是班次「{shift}」（{start}–{end}）的打卡時段。',
    'zh-CN': '现在不是班次“{shift}”（{start}–{end}）的打卡时段。',
  },
  ATTENDANCE_TOO_MANY_PUNCHES: {
    en: 'You have already punched {max} times this work day.',
    'zh-HK': '你今個工作日已打卡 {max} 次。',
    'zh-CN': '你本工作日已打卡 {max} 次。',
  },
  ATTENDANCE_OUTSIDE_PLACES: {
    en: 'You are {distance} m from {place}, outside every place you may punch at.',
    'zh-HK': '你距離「{place}」{distance} 米，不在任何可打卡的地點範圍內。',
    'zh-CN': '你距离“{place}”{distance} 米，不在任何可打卡的地点范围内。',
  },
  ATTENDANCE_NO_PLACE_EVIDENCE: {
    en: 'Your location could not be matched to a place you may punch at: turn on location or connect to the office Wi-Fi.',
    'zh-HK': '未能確認你在可打卡的地點：請開啟定位或連接公司 Wi-Fi。',
    'zh-CN': '未能确认你在可打卡的地点：请开启定位或连接公司 Wi-Fi。',
  },
  ATTENDANCE_OFFSITE_REMARK_REQUIRED: { en: 'Say why you are punching off-site.', 'zh-HK': '請說明外勤打卡的原因。', 'zh-CN': '请说明外勤打卡的原因。' },
  ATTENDANCE_OFFSITE_PHOTO_REQUIRED: { en: 'An off-site punch needs a photo.', 'zh-HK': '外勤打卡須附相片。', 'zh-CN': '外勤打卡须附照片。' },
  SUBJECT_AttendanceLeaveType: { en: 'leave type', 'zh-HK': '假期類別', 'zh-CN': '假期类别' },
  SUBJECT_AttendanceLeaveEntry: { en: 'leave ledger', 'zh-HK': '假期記錄', 'zh-CN': '假期记录' },
  SUBJECT_AttendanceRequest: { en: 'leave, make-up punch, overtime or off-site punch request', 'zh-HK': '請假、補卡、加班或外勤打卡申請', 'zh-CN': '请假、补卡、加班或外勤打卡申请' },
  ATTENDANCE_OFFSITE_APPROVAL_NEEDS_OFFSITE: {
    en: 'Off-site punches can need approval only where they are accepted: allow off-site punches too.',
    'zh-HK': '須先接受外勤打卡，才可要求外勤打卡經批核。',
    'zh-CN': '须先接受外勤打卡，才可要求外勤打卡经批准。',
  },
  ATTENDANCE_LEAVE_POLICY_NEEDS_BALANCE: {
    en: 'A leave type that accrues under the Employment Ordinance needs a balance.',
    'zh-HK': '按《僱傭條例》累算的假期類別必須設有結餘。',
    'zh-CN': '按《雇佣条例》累计的假期类别必须设有余额。',
  },
  ATTENDANCE_LEAVE_DAYS_INVALID: {
    en: 'Give a number of days other than zero, to at most two decimal places.',
    'zh-HK': '請填寫不為零的日數，最多兩個小數位。',
    'zh-CN': '请填写不为零的天数，最多两位小数。',
  },
  ATTENDANCE_LEAVE_TYPE_UNLIMITED: {
    en: 'This leave type has no balance to adjust.',
    'zh-HK': '此假期類別沒有結餘可調整。',
    'zh-CN': '此假期类别没有余额可调整。',
  },
  ATTENDANCE_NO_APPROVAL_TEMPLATE: {
    en: 'There is no active approval template “{template}” to decide this request. Ask an admin to publish it.',
    'zh-HK': '沒有可用的審批範本「{template}」處理此申請，請聯絡管理員發佈。',
    'zh-CN': '没有可用的审批模板“{template}”处理此申请，请联系管理员发布。',
  },
  ATTENDANCE_HALF_DAY_ONE_DAY: {
    en: 'Half a day can only be taken on a single day.',
    'zh-HK': '半日假只適用於單一日子。',
    'zh-CN': '半天假只适用于单一日期。',
  },
  ATTENDANCE_LEAVE_OVERLAPS: {
    en: 'You already have leave requested or approved on some of these days.',
    'zh-HK': '你在部分日子已有申請中或已批核的假期。',
    'zh-CN': '你在部分日期已有申请中或已批准的假期。',
  },
  ATTENDANCE_LEAVE_NO_WORKING_DAYS: {
    en: 'These days are all days off: there is nothing to take leave from.',
    'zh-HK': '所選日子全是休息日，毋須請假。',
    'zh-CN': '所选日期全是休息日，无需请假。',
  },
  ATTENDANCE_LEAVE_BALANCE_TOO_LOW: {
    en: 'Not enough leave: {available} days available (pending requests deducted), {requested} requested.',
    'zh-HK': '假期結餘不足：可用 {available} 日（已扣除申請中的假期），申請 {requested} 日。',
    'zh-CN': '假期余额不足：可用 {available} 天（已扣除申请中的假期），申请 {requested} 天。',
  },
  ATTENDANCE_MAKE_UP_IN_FUTURE: {
    en: 'A make-up punch can only be for a time that has passed.',
    'zh-HK': '只可為已過去的時間補卡。',
    'zh-CN': '只可为已过去的时间补卡。',
  },
  ATTENDANCE_MAKE_UP_TYPE_NOT_ALLOWED: {
    en: 'Your attendance group does not allow making up this punch.',
    'zh-HK': '你的考勤組不允許補回此類打卡。',
    'zh-CN': '你的考勤组不允许补回此类打卡。',
  },
  ATTENDANCE_MAKE_UP_TOO_LATE: {
    en: 'Make-up punches must be requested within {days} working days.',
    'zh-HK': '補卡須於 {days} 個工作天內申請。',
    'zh-CN': '补卡须于 {days} 个工作日内申请。',
  },
  ATTENDANCE_MAKE_UP_LIMIT: {
    en: 'You have used all {max} make-up punches for this month.',
    'zh-HK': '你本月的 {max} 次補卡已用完。',
    'zh-CN': '你本月的 {max} 次补卡已用完。',
  },
  ATTENDANCE_OVERTIME_LENGTH: {
    en: 'Overtime must end after it starts, and last at most {hours} hours.',
    'zh-HK': '加班的結束時間須在開始之後，且不可多於 {hours} 小時。',
    'zh-CN': '加班的结束时间须在开始之后，且不可多于 {hours} 小时。',
  },
  ATTENDANCE_OVERTIME_NOT_BY_REQUEST: {
    en: 'Your attendance group does not take overtime requests: its overtime is counted from punches, or not at all.',
    'zh-HK': '你的考勤組不接受加班申請：加班按打卡計算，或不計加班。',
    'zh-CN': '你的考勤组不接受加班申请：加班按打卡计算，或不计加班。',
  },
};
