import type { MessageCatalog } from '../../core/i18n/i18n.js';

export const identityMessages: MessageCatalog = {
  INVALID_CREDENTIALS: {
    en: 'The email or password is incorrect (after several failed attempts, sign-in is paused for a few minutes).',
    'zh-HK': '電郵或密碼不正確（多次登入失敗後，須稍候數分鐘才可再登入）。',
    'zh-CN': '邮箱或密码不正确（多次登录失败后，须稍候数分钟才能再登录）。',
  },
  ACCOUNT_DISABLED: {
    en: 'This account has been disabled. Please contact your administrator.',
    'zh-HK': '此帳戶已停用，請聯絡你的管理員。',
    'zh-CN': '此账户已停用，请联系你的管理员。',
  },
  EMAIL_DOMAIN_NOT_ALLOWED: {
    en: 'Your organisation only allows company email addresses ({domains}).',
    'zh-HK': '你的機構只接受公司電郵地址（{domains}）。',
    'zh-CN': '你的机构只接受公司邮箱地址（{domains}）。',
  },
  REFRESH_TOKEN_INVALID: {
    en: 'Your session has expired. Please sign in again.',
    'zh-HK': '登入階段已過期，請重新登入。',
    'zh-CN': '登录会话已过期，请重新登录。',
  },
  REFRESH_TOKEN_REUSED: {
    en: 'This session was used from somewhere else and has been ended for your safety. Please sign in again.',
    'zh-HK': '此登入階段曾在其他地方被使用，為保障安全已被終止，請重新登入。',
    'zh-CN': '此登录会话曾在其他地方被使用，为保障安全已被终止，请重新登录。',
  },
  WRONG_PASSWORD: { en: 'The current password is incorrect.', 'zh-HK': '現有密碼不正確。', 'zh-CN': '当前密码不正确。' },
  WEAK_PASSWORD: {
    en: 'Use at least 10 characters, including a letter and a digit.',
    'zh-HK': '密碼最少 10 個字元，並須包含字母及數字。',
    'zh-CN': '密码至少 10 个字符，并须包含字母及数字。',
  },
  EMAIL_TAKEN: {
    en: 'An account with this email already exists.',
    'zh-HK': '此電郵已有帳戶使用。',
    'zh-CN': '此邮箱已有账户使用。',
  },
  SLUG_TAKEN: {
    en: 'This organisation handle is already in use.',
    'zh-HK': '此機構代號已被使用。',
    'zh-CN': '此机构代号已被使用。',
  },
  SUBJECT_Organization: { en: 'organisation', 'zh-HK': '機構', 'zh-CN': '机构' },
};
