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
    en: 'This email address cannot sign in: its domain is not verified for your organisation. Please contact your administrator.',
    'zh-HK': '此電郵地址無法登入：其網域未經你的機構驗證。請聯絡你的管理員。',
    'zh-CN': '此邮箱地址无法登录：其域名未经你的机构验证。请联系你的管理员。',
  },
  EMAIL_DOMAIN_NOT_CLAIMED: {
    en: 'Sign-in emails must be in one of the organisation’s verified email domains; {domain} is not one of them.',
    'zh-HK': '登入電郵必須屬於機構已驗證的電郵網域；{domain} 並不在其中。',
    'zh-CN': '登录邮箱必须属于机构已验证的邮箱域名；{domain} 不在其中。',
  },
  TARGET_HOLDS_MORE_RIGHTS: {
    en: 'You cannot change the sign-in of someone who holds rights you do not have.',
    'zh-HK': '你不可更改擁有你所沒有權限的人員的登入資料。',
    'zh-CN': '你不能更改拥有你所没有权限的人员的登录信息。',
  },
  EMAIL_DOMAIN_PUBLIC: {
    en: '{domain} is a public email provider’s domain: its addresses belong to many people, so it cannot be claimed.',
    'zh-HK': '{domain} 是公共電郵服務的網域，其地址屬於眾多用戶，因此不可申領。',
    'zh-CN': '{domain} 是公共邮箱服务的域名，其地址属于众多用户，因此不能申领。',
  },
  EMAIL_DOMAIN_ALREADY_CLAIMED: {
    en: 'Your organisation has already claimed {domain}.',
    'zh-HK': '你的機構已申領 {domain}。',
    'zh-CN': '你的机构已申领 {domain}。',
  },
  EMAIL_DOMAIN_TAKEN: {
    en: '{domain} is already verified for another organisation. Please contact the platform operator.',
    'zh-HK': '{domain} 已由另一機構驗證。請聯絡平台營運者。',
    'zh-CN': '{domain} 已由另一机构验证。请联系平台运营者。',
  },
  EMAIL_DOMAIN_NOT_VERIFIED: {
    en: 'The DNS TXT record "{record}" was not found on {domain}. Publish it with your DNS provider and try again; changes can take a while to appear.',
    'zh-HK': '在 {domain} 找不到 DNS TXT 記錄「{record}」。請在你的 DNS 服務商發佈此記錄後再試；更改可能需要一段時間才生效。',
    'zh-CN': '在 {domain} 找不到 DNS TXT 记录“{record}”。请在你的 DNS 服务商发布此记录后重试；更改可能需要一段时间才生效。',
  },
  EMAIL_DOMAIN_IN_USE: {
    en: '{count} active sign-ins still use {domain}. Change their emails or archive those people first.',
    'zh-HK': '仍有 {count} 個有效登入使用 {domain}。請先更改其電郵或將相關人員封存。',
    'zh-CN': '仍有 {count} 个有效登录使用 {domain}。请先更改其邮箱或将相关人员归档。',
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
  SUBJECT_EmailDomain: { en: 'email domain', 'zh-HK': '電郵網域', 'zh-CN': '邮箱域名' },
};
