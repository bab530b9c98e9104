import type { MessageCatalog } from './i18n.js';

/** Messages of the error codes and field problems that every module uses. */
export const coreMessages: MessageCatalog = {
  UNAUTHENTICATED: {
    en: 'Please sign in to continue.',
    'zh-HK': '請先登入。',
    'zh-CN': '请先登录。',
  },
  FORBIDDEN: {
    en: 'You do not have permission to do this.',
    'zh-HK': '你沒有權限執行此操作。',
    'zh-CN': '你没有权限执行此操作。',
  },
  NOT_FOUND: {
    en: 'The {subject} could not be found.',
    'zh-HK': '找不到該{subject}。',
    'zh-CN': '找不到该{subject}。',
  },
  BAD_USER_INPUT: {
    en: 'Some of the information entered is not valid.',
    'zh-HK': '部分輸入資料無效，請檢查後再試。',
    'zh-CN': '部分输入信息无效，请检查后重试。',
  },
  CONFLICT: {
    en: 'This conflicts with existing data.',
    'zh-HK': '與現有資料有衝突。',
    'zh-CN': '与现有数据冲突。',
  },
  VERSION_CONFLICT: {
    en: 'Someone else changed this {subject} at the same time. Reload it and try again.',
    'zh-HK': '其他人剛同時修改了此{subject}，請重新載入後再試。',
    'zh-CN': '其他人刚同时修改了此{subject}，请重新加载后再试。',
  },
  INTERNAL_SERVER_ERROR: {
    en: 'Something went wrong on our side. Reference: {reference}',
    'zh-HK': '系統發生錯誤，請稍後再試。參考編號：{reference}',
    'zh-CN': '系统发生错误，请稍后重试。参考编号：{reference}',
  },
  SERVICE_UNAVAILABLE: {
    en: 'The service cannot reach its database right now. Please try again in {seconds} seconds.',
    'zh-HK': '系統暫時無法連接資料庫，請於 {seconds} 秒後再試。',
    'zh-CN': '系统暂时无法连接数据库，请于 {seconds} 秒后重试。',
  },
  QUERY_TOO_COMPLEX: {
    en: 'The query is too complex ({reason}).',
    'zh-HK': '查詢過於複雜（{reason}）。',
    'zh-CN': '查询过于复杂（{reason}）。',
  },
  EVENTS_EXPIRED: {
    en: 'Events up to sequence {deletedThrough} were deleted by the retention policy, so the stream cannot resume after {after}. Resume after {deletedThrough} and reconcile what was missed from the records themselves.',
    'zh-HK': '序號 {deletedThrough} 及之前的事件已按保留政策刪除，無法從 {after} 之後繼續。請從 {deletedThrough} 之後繼續，並以記錄本身核對遺漏的資料。',
    'zh-CN': '序号 {deletedThrough} 及之前的事件已按保留策略删除，无法从 {after} 之后继续。请从 {deletedThrough} 之后继续，并以记录本身核对遗漏的数据。',
  },
  IDEMPOTENCY_KEY_IN_USE: {
    en: 'A request with this idempotency key is still being processed.',
    'zh-HK': '使用此冪等鍵的請求仍在處理中。',
    'zh-CN': '使用此幂等键的请求仍在处理中。',
  },
  IDEMPOTENCY_KEY_REUSED: {
    en: 'This idempotency key was already used for a different request.',
    'zh-HK': '此冪等鍵已用於另一個請求。',
    'zh-CN': '此幂等键已用于另一个请求。',
  },
  PAYLOAD_TOO_LARGE: {
    en: 'The request is too large (limit {limit}).',
    'zh-HK': '請求內容過大（上限 {limit}）。',
    'zh-CN': '请求内容过大（上限 {limit}）。',
  },
  BAD_REQUEST: {
    en: 'The request could not be read.',
    'zh-HK': '無法讀取此請求。',
    'zh-CN': '无法读取此请求。',
  },
  QUERY_TOO_LARGE: {
    en: 'The query is too long (at most {max} characters).',
    'zh-HK': '查詢過長（最多 {max} 個字元）。',
    'zh-CN': '查询过长（最多 {max} 个字符）。',
  },
  SUBSCRIPTION_NEEDS_WEBSOCKET: {
    en: 'Subscriptions are served over WebSocket (graphql-ws) at /graphql, not over HTTP POST.',
    'zh-HK': '訂閱須經 WebSocket（graphql-ws）連接 /graphql，不可使用 HTTP POST。',
    'zh-CN': '订阅须通过 WebSocket（graphql-ws）连接 /graphql，不能使用 HTTP POST。',
  },
  ONE_MUTATION_PER_REQUEST: {
    en: 'Send one mutation per request, so that each change is answered on its own.',
    'zh-HK': '每個請求只可包含一項變更操作，以便逐項回覆結果。',
    'zh-CN': '每个请求只能包含一项变更操作，以便逐项返回结果。',
  },
  TOO_MANY_SUBSCRIPTIONS: {
    en: 'One connection may hold at most {max} subscriptions at a time.',
    'zh-HK': '每個連線最多同時可有 {max} 個訂閱。',
    'zh-CN': '每个连接最多同时可有 {max} 个订阅。',
  },
  RATE_LIMITED: {
    en: 'Too many requests. Please try again in {seconds} seconds.',
    'zh-HK': '請求過於頻繁，請於 {seconds} 秒後再試。',
    'zh-CN': '请求过于频繁，请于 {seconds} 秒后重试。',
  },
  CONTROL_CHARACTERS: {
    en: 'Contains characters that cannot be used here (control characters, or line breaks in a single-line field).',
    'zh-HK': '包含不可使用的字元（控制字元，或單行欄位中的換行）。',
    'zh-CN': '包含不可使用的字符（控制字符，或单行字段中的换行）。',
  },
  VARIABLES_TOO_COMPLEX: {
    en: 'The variables are too large or too deeply nested (at most {maxDepth} levels, {maxNodes} values, and {maxItems} items per list or object).',
    'zh-HK': '變數內容過大或層級過深（最多 {maxDepth} 層、{maxNodes} 個值，每個列表或物件最多 {maxItems} 項）。',
    'zh-CN': '变量内容过大或层级过深（最多 {maxDepth} 层、{maxNodes} 个值，每个列表或对象最多 {maxItems} 项）。',
  },
  INVALID_ID: { en: 'Not a valid id.', 'zh-HK': '識別碼格式不正確。', 'zh-CN': '标识符格式不正确。' },
  JSON_TOO_COMPLEX: {
    en: 'The JSON value is too large or too deeply nested (at most {maxDepth} levels and {maxNodes} values).',
    'zh-HK': 'JSON 內容過大或層級過深（最多 {maxDepth} 層、{maxNodes} 個值）。',
    'zh-CN': 'JSON 内容过大或层级过深（最多 {maxDepth} 层、{maxNodes} 个值）。',
  },
  REQUIRED: { en: 'This field is required.', 'zh-HK': '此欄必須填寫。', 'zh-CN': '此项为必填。' },
  TOO_LONG: {
    en: 'Must be at most {max} characters.',
    'zh-HK': '不可超過 {max} 個字元。',
    'zh-CN': '不能超过 {max} 个字符。',
  },
  TOO_SHORT: {
    en: 'Must be at least {min} characters.',
    'zh-HK': '最少需要 {min} 個字元。',
    'zh-CN': '至少需要 {min} 个字符。',
  },
  INVALID_EMAIL: { en: 'Not a valid email address.', 'zh-HK': '電郵地址格式不正確。', 'zh-CN': '邮箱地址格式不正确。' },
  INVALID_VALUE: { en: 'This value is not valid.', 'zh-HK': '此值無效。', 'zh-CN': '此值无效。' },
  TOO_MANY_ITEMS: { en: 'At most {max} items are allowed.', 'zh-HK': '最多只可有 {max} 項。', 'zh-CN': '最多只可有 {max} 项。' },
  INVALID_DATE_RANGE: {
    en: 'The end date must not be before the start date.',
    'zh-HK': '結束日期不可早於開始日期。',
    'zh-CN': '结束日期不能早于开始日期。',
  },
  SUBSCRIBER_TOO_SLOW: {
    en: 'Too many updates were waiting for you, so this subscription stopped. Subscribe again (event streams resume after your last sequence).',
    'zh-HK': '等待傳送給你的更新太多，訂閱已停止。請重新訂閱（事件串流可由你最後收到的序號繼續）。',
    'zh-CN': '等待发送给你的更新太多，订阅已停止。请重新订阅（事件流可从你最后收到的序号继续）。',
  },
  PAGE_SIZE_TOO_LARGE: {
    en: 'At most {max} items can be requested per page.',
    'zh-HK': '每頁最多只可取得 {max} 項。',
    'zh-CN': '每页最多只能获取 {max} 项。',
  },
  SEARCH_QUERY_EMPTY: {
    en: 'Type a word or some characters to search for.',
    'zh-HK': '請輸入要搜尋的字詞。',
    'zh-CN': '请输入要搜索的字词。',
  },
};
