import type { MessageCatalog } from '../i18n/i18n.js';

/** Messages of SMS sending. */
export const smsMessages: MessageCatalog = {
  SUBJECT_SmsMessage: { en: 'text message', 'zh-HK': '短訊', 'zh-CN': '短信' },
  SMS_INVALID_PHONE: {
    en: '“{phone}” is not a phone number a text can be sent to: give it with its country code (+44 20 7946 0000) or as an 8-digit Hong Kong number.',
    'zh-HK': '「{phone}」不是可接收短訊的電話號碼：請連國家代碼輸入（例如 +44 20 7946 0000），或輸入 8 位數字的香港號碼。',
    'zh-CN': '“{phone}”不是可接收短信的电话号码：请连国家代码输入（例如 +44 20 7946 0000），或输入 8 位数字的香港号码。',
  },
  SMS_INVALID_TRANSITION: {
    en: 'The text is {status}: “{verb}” is not possible now.',
    'zh-HK': '此短訊目前狀態為 {status}，不能執行「{verb}」。',
    'zh-CN': '此短信当前状态为 {status}，不能执行“{verb}”。',
  },
  SMS_TEST_TEXT: {
    en: 'Harbour test message: your organisation’s SMS set-up works.',
    'zh-HK': 'Harbour 測試短訊：貴機構的短訊設定運作正常。',
    'zh-CN': 'Harbour 测试短信：贵机构的短信设置运作正常。',
  },
};
