import { defineMessages } from '../../module';

const en = {
  resources: {
    organization: {
      name: 'Organisation |||| Organisations',
      fields: { name: 'Organisation name', slug: 'Handle', defaultLocale: 'Default language' },
    },
  },
  harbour: {
    settings: {
      menu: 'Organisation settings',
      title: 'Organisation settings',
      slug_help: 'The handle cannot be changed.',
      domains: {
        title: 'Email domains for sign-in',
        intro:
          'People can only be given sign-in emails in the organisation’s verified domains, and only those emails can sign in. To add a domain, claim it, publish the TXT record shown with your DNS provider, then verify it.',
        domain: 'Domain',
        status: 'Status',
        statuses: { PENDING: 'Waiting for verification', VERIFIED: 'Verified' },
        methods: { DNS_TXT: 'by DNS record', OPERATOR: 'by the platform operator' },
        verified_on: 'Verified on %{date} %{method}',
        none: 'No email domains yet: nobody can be given a sign-in. Claim your company’s domain below.',
        claim: 'Claim a domain',
        claim_help: 'Your company’s own domain, e.g. example.com.hk. Public mail domains (gmail.com, outlook.com …) cannot be claimed.',
        claimed: 'Domain %{domain} claimed: publish its TXT record, then verify it.',
        publish: 'Add this TXT record to the DNS of %{domain}, then press Verify:',
        verify: 'Verify',
        verified: '%{domain} is verified',
        remove: 'Remove',
        remove_title: 'Remove %{domain}?',
        remove_content: 'People can no longer be given sign-in emails in %{domain}. A verified domain that people still sign in with cannot be removed.',
        removed: '%{domain} removed',
      },
    },
  },
};

/** The organisation settings module's slice of the console's catalogs (English, 繁體中文, 简体中文). */
export const messages = defineMessages(en, {
  'zh-HK': {
    resources: {
      organization: {
        name: '機構',
        fields: { name: '機構名稱', slug: '機構代號', defaultLocale: '預設語言' },
      },
    },
    harbour: {
      settings: {
        menu: '機構設定',
        title: '機構設定',
        slug_help: '機構代號不可更改。',
        domains: {
          title: '登入用電郵網域',
          intro: '人員的登入電郵必須屬於機構已驗證的網域，亦只有這些電郵可以登入。如要新增網域，請先申領，再於你的 DNS 服務商發佈所示的 TXT 記錄，然後按「驗證」。',
          domain: '網域',
          status: '狀態',
          statuses: { PENDING: '等待驗證', VERIFIED: '已驗證' },
          methods: { DNS_TXT: '經 DNS 記錄', OPERATOR: '由平台營運者' },
          verified_on: '已於 %{date} %{method}驗證',
          none: '尚未有電郵網域，因此不能為任何人設定登入。請在下方申領公司的網域。',
          claim: '申領網域',
          claim_help: '貴公司自己的網域，例如 example.com.hk。公共電郵網域（gmail.com、outlook.com 等）不可申領。',
          claimed: '已申領 %{domain}：請發佈其 TXT 記錄，然後驗證。',
          publish: '請在 %{domain} 的 DNS 加入以下 TXT 記錄，然後按「驗證」：',
          verify: '驗證',
          verified: '%{domain} 已驗證',
          remove: '移除',
          remove_title: '移除 %{domain}？',
          remove_content: '之後不能再為人員設定 %{domain} 的登入電郵。仍有人員用以登入的已驗證網域不可移除。',
          removed: '已移除 %{domain}',
        },
      },
    },
  },
  'zh-CN': {
    resources: {
      organization: {
        name: '机构',
        fields: { name: '机构名称', slug: '机构代号', defaultLocale: '默认语言' },
      },
    },
    harbour: {
      settings: {
        menu: '机构设置',
        title: '机构设置',
        slug_help: '机构代号不能更改。',
        domains: {
          title: '登录用邮箱域名',
          intro: '人员的登录邮箱必须属于机构已验证的域名，也只有这些邮箱可以登录。如要添加域名，请先申领，再在你的 DNS 服务商发布所示的 TXT 记录，然后点击“验证”。',
          domain: '域名',
          status: '状态',
          statuses: { PENDING: '等待验证', VERIFIED: '已验证' },
          methods: { DNS_TXT: '经 DNS 记录', OPERATOR: '由平台运营者' },
          verified_on: '已于 %{date} %{method}验证',
          none: '尚未有邮箱域名，因此不能为任何人设置登录。请在下方申领公司的域名。',
          claim: '申领域名',
          claim_help: '贵公司自己的域名，例如 example.com.cn。公共邮箱域名（gmail.com、qq.com 等）不能申领。',
          claimed: '已申领 %{domain}：请发布其 TXT 记录，然后验证。',
          publish: '请在 %{domain} 的 DNS 添加以下 TXT 记录，然后点击“验证”：',
          verify: '验证',
          verified: '%{domain} 已验证',
          remove: '移除',
          remove_title: '移除 %{domain}？',
          remove_content: '之后不能再为人员设置 %{domain} 的登录邮箱。仍有人员用以登录的已验证域名不能移除。',
          removed: '已移除 %{domain}',
        },
      },
    },
  },
});
