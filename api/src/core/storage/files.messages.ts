import type { MessageCatalog } from '../i18n/i18n.js';

/** Messages of the file store. */
export const filesMessages: MessageCatalog = {
  SUBJECT_StoredFile: { en: 'file', 'zh-HK': '檔案', 'zh-CN': '文件' },
  FILE_PURPOSE_UNKNOWN: {
    en: '“{purpose}” is not something files can be uploaded for.',
    'zh-HK': '「{purpose}」不是可上載檔案的用途。',
    'zh-CN': '“{purpose}”不是可上传文件的用途。',
  },
  FILE_TOO_LARGE: {
    en: 'The file is too large: at most {maxMb} MB ({max} bytes) is accepted here.',
    'zh-HK': '檔案太大：此處最多接受 {maxMb} MB（{max} 位元組）。',
    'zh-CN': '文件太大：此处最多接受 {maxMb} MB（{max} 字节）。',
  },
  FILE_TYPE_NOT_ALLOWED: {
    en: 'Files of type {type} cannot be uploaded here.',
    'zh-HK': '此處不接受 {type} 類型的檔案。',
    'zh-CN': '此处不接受 {type} 类型的文件。',
  },
  FILE_TYPE_MISMATCH: {
    en: 'The file was sent as {declared}, but its content is {actual}: it was not accepted.',
    'zh-HK': '檔案以 {declared} 類型上載，但內容實為 {actual}，因此不獲接受。',
    'zh-CN': '文件以 {declared} 类型上传，但内容实为 {actual}，因此不予接受。',
  },
  FILE_LINK_INVALID: {
    en: 'This file link is not valid. Ask for a new one.',
    'zh-HK': '此檔案連結無效，請重新索取。',
    'zh-CN': '此文件链接无效，请重新获取。',
  },
  FILE_LINK_EXPIRED: {
    en: 'This file link has expired. Ask for a new one.',
    'zh-HK': '此檔案連結已過期，請重新索取。',
    'zh-CN': '此文件链接已过期，请重新获取。',
  },
  FILE_UPLOAD_USED: {
    en: 'This file has been uploaded already; start a new upload to send another.',
    'zh-HK': '此檔案已上載；如要再傳送，請重新開始上載。',
    'zh-CN': '此文件已上传；如要再发送，请重新开始上传。',
  },
  FILE_UPLOAD_INCOMPLETE: {
    en: 'The upload did not arrive whole (the connection broke, or it was compressed). Please try again.',
    'zh-HK': '上載未能完整送達（連線中斷或經過壓縮），請再試。',
    'zh-CN': '上传未能完整送达（连接中断或经过压缩），请重试。',
  },
  FILE_EMPTY: {
    en: 'The file is empty.',
    'zh-HK': '檔案是空的。',
    'zh-CN': '文件是空的。',
  },
  FILE_UNREADABLE: {
    en: 'The image could not be read: it is damaged or not what it claims to be.',
    'zh-HK': '無法讀取圖片：檔案已損壞或並非其所示類型。',
    'zh-CN': '无法读取图片：文件已损坏或并非其所示类型。',
  },
  FILE_ALREADY_ATTACHED: {
    en: '“{name}” is attached elsewhere already; upload it again to attach it here.',
    'zh-HK': '「{name}」已附加到其他地方；如要附加到此處，請重新上載。',
    'zh-CN': '“{name}”已附加到其他地方；如要附加到此处，请重新上传。',
  },
  FILE_NOT_READY: {
    en: '“{name}” has not finished uploading.',
    'zh-HK': '「{name}」尚未上載完成。',
    'zh-CN': '“{name}”尚未上传完成。',
  },
  FILE_PURPOSE_MISMATCH: {
    en: '“{name}” was uploaded for something else and cannot be attached here.',
    'zh-HK': '「{name}」是為其他用途上載的，不能附加到此處。',
    'zh-CN': '“{name}”是为其他用途上传的，不能附加到此处。',
  },
  FILE_DURATION_TOO_LONG: {
    en: 'At most {max} seconds.',
    'zh-HK': '最多 {max} 秒。',
    'zh-CN': '最多 {max} 秒。',
  },
};
