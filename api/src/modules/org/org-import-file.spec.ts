import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import { decodeText, readImportFile } from './org-import-file.js';

const refusal = (bytes: Buffer) => {
  try {
    decodeText(bytes);
  } catch (error) {
    return error instanceof AppError ? { code: error.code, params: error.params } : error;
  }
  return null;
};

describe('decodeText', () => {
  it('keeps Hong Kong characters of a Big5-HKSCS file (𠝹 is outside the Basic Multilingual Plane)', () => {
    const text = '姓名\r\n李𠝹嘅啲,陳大文\r\n';
    expect(decodeText(iconv.encode(text, 'big5hkscs'))).toEqual({ text, encoding: 'Big5-HKSCS' });
  });

  it('reads byte order marks, and UTF-16 without one', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('甲,乙')]))).toEqual({ text: '甲,乙', encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('甲\t乙', 'utf-16be')]))).toEqual({ text: '甲\t乙', encoding: 'UTF-16BE' });
    expect(decodeText(iconv.encode('external_id,姓名', 'utf-16be'))).toEqual({ text: 'external_id,姓名', encoding: 'UTF-16BE' });
  });

  it('takes bytes no Big5 file can hold (a trail byte in 80–A0) as GB18030', () => {
    // 张 is D5 C5, which Big5 could hold too; 亐 is 81 80, which it cannot.
    const bytes = iconv.encode('张,亐', 'gb18030');
    expect([...bytes.subarray(-2)]).toEqual([0x81, 0x80]);
    expect(decodeText(bytes)).toEqual({ text: '张,亐', encoding: 'GB18030' });
  });

  it('refuses Western single-byte text, which would read as Big5 garble (Ren嶪), naming the encoding detected', () => {
    expect(refusal(Buffer.from('Ren\xe9e M\xfcller,Fran\xe7ois', 'latin1'))).toMatchObject({ code: 'FILE_ENCODING_INVALID', params: { encoding: expect.stringMatching(/^(ISO-8859|windows-12)/) } });
  });

  it('refuses a Big5 file with a character Big5-HKSCS lacks instead of re-reading it as GB18030', () => {
    const bytes = Buffer.concat([iconv.encode('陳大文', 'big5hkscs'), Buffer.from([0x81, 0x40])]);
    expect(refusal(bytes)).toEqual({ code: 'FILE_ENCODING_INVALID', params: { encoding: 'Big5-HKSCS' } });
  });

  it('refuses control characters, e.g. NUL bytes in what claims to be UTF-8', () => {
    expect(refusal(Buffer.from('a,b\u0000c'))).toEqual({ code: 'FILE_ENCODING_INVALID', params: { encoding: 'UTF-8' } });
  });
});

describe('readImportFile', () => {
  const columns = [
    { key: 'external_id', required: true, labels: { en: 'External ID', 'zh-HK': '外部編號', 'zh-CN': '外部编号' } },
    { key: 'name', labels: { en: 'Name', 'zh-HK': '名稱', 'zh-CN': '名称' } },
  ];

  it('numbers rows as Excel does (header = 1, blank lines counted) and maps headers in any language', async () => {
    const sheet = await readImportFile({ csv: '外部編號,NAME,unknown\r\nA,甲,x\r\n\r\n"B","乙\n二",y\r\n' }, columns, 10);
    expect(sheet.rows).toEqual([
      { n: 2, cells: { external_id: 'A', name: '甲' } },
      { n: 4, cells: { external_id: 'B', name: '乙\n二' } },
    ]);
    expect([...sheet.headers]).toEqual([
      ['external_id', '外部編號'],
      ['name', 'NAME'],
    ]);
  });
});

describe('reading .xlsx', () => {
  const columns = [{ key: 'external_id', required: true, labels: { en: 'External ID', 'zh-HK': '外部編號', 'zh-CN': '外部编号' } }];

  it('refuses a workbook that would unpack to more than 64 MB (a zip bomb), before unpacking it', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['外部編號']);
    const zip = await JSZip.loadAsync(Buffer.from(await book.xlsx.writeBuffer()));
    expect((await readImportFile({ file: (await zip.generateAsync({ type: 'nodebuffer' })).toString('base64') }, columns, 10)).format).toBe('XLSX');
    // 65 MB of zeros packs into some 64 KB: well within the upload limit.
    zip.file('xl/media/padding.bin', Buffer.alloc(65 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
    expect(bomb.length).toBeLessThan(200_000);
    await expect(readImportFile({ file: bomb.toString('base64') }, columns, 10)).rejects.toMatchObject({ code: 'FILE_INVALID' });
  });
});
