import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inlineRow, workbookBytes } from '../test-support/workbook';
import { xlsxSheetNames, xlsxToTable } from './xlsx-read';

const rowsOf = (bytes: Uint8Array, options?: Parameters<typeof xlsxToTable>[1]) => {
  const result = xlsxToTable(bytes, options);
  if (!result.ok) throw new Error(result.issues[0]?.message);
  return result.value.rows;
};
const issueOf = (bytes: Uint8Array | ArrayBuffer, options?: Parameters<typeof xlsxToTable>[1]) => {
  const result = xlsxToTable(bytes, options);
  if (result.ok) throw new Error('expected the workbook to be refused');
  expect(result.issues).toHaveLength(1);
  return result.issues[0] as { code: string; message: string; row: number; column: number };
};

const twoSheets = workbookBytes({
  sheets: [
    {
      name: 'RACI',
      data: inlineRow(1, ['Task', 'IT', 'MSP']) + inlineRow(2, ['Patching', 'C', 'R/A']),
    },
    { name: 'Legend', data: inlineRow(1, ['R', 'Responsible']) },
  ],
});

describe('xlsxToTable', () => {
  describe('given a well-formed workbook', () => {
    it('reads the first sheet, named after it', () => {
      const result = xlsxToTable(twoSheets);
      expect(result).toEqual({
        ok: true,
        value: {
          name: 'RACI',
          rows: [
            ['Task', 'IT', 'MSP'],
            ['Patching', 'C', 'R/A'],
          ],
        },
        warnings: [],
      });
    });

    it('reads the sheet the caller picks, by name or position, and lists the names', () => {
      expect(rowsOf(twoSheets, { sheet: 'Legend' })).toEqual([['R', 'Responsible']]);
      expect(rowsOf(twoSheets, { sheet: 1 })).toEqual([['R', 'Responsible']]);
      expect(xlsxSheetNames(twoSheets)).toEqual(['RACI', 'Legend']);
      expect(xlsxSheetNames(strToU8('not a workbook'))).toEqual([]);
      const missing = issueOf(twoSheets, { sheet: 'Owners' });
      expect(missing.code).toBe('no_such_sheet');
      expect(missing.message).toBe(
        'Cell A1: the workbook has no sheet "Owners"; it has "RACI", "Legend".',
      );
      expect(issueOf(twoSheets, { sheet: 5 }).code).toBe('no_such_sheet');
    });

    it('reads shared strings (rich runs joined, phonetic guides skipped) and inline strings', () => {
      const bytes = workbookBytes({
        strings: [
          'Function',
          '<r><t>R</t></r><r><rPr><b/></rPr><t xml:space="preserve">/A</t></r>',
          '<t>Back-ups</t><rPh sb="0" eb="1"><t>バック</t></rPh>',
          '<t>R &amp; D_x000D_</t>',
        ],
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>MSP</t></is></c></row>' +
              '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>1</v></c></row>' +
              '<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="b"><v>1</v></c></row>',
          },
        ],
      });
      expect(rowsOf(bytes)).toEqual([
        ['Function', 'MSP'],
        ['Back-ups', 'R/A'],
        ['R & D\r', 'TRUE'],
      ]);
    });

    it('places cells by their reference, leaving gaps empty, and rows by their number', () => {
      const bytes = workbookBytes({
        sheets: [
          {
            name: 'S',
            data:
              '<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="D1" t="inlineStr"><is><t>d</t></is></c></row>' +
              '<row r="3"><c r="B3" t="inlineStr"><is><t>b</t></is></c></row>',
          },
        ],
      });
      expect(rowsOf(bytes)).toEqual([['a', '', '', 'd'], [], ['', 'b']]);
    });

    it('copies a merged range’s value down its first column, as the rows below belong to it', () => {
      const bytes = workbookBytes({
        sheets: [
          {
            name: 'S',
            data:
              inlineRow(1, ['Area', 'Task', 'IT']) +
              inlineRow(2, ['Helpdesk', 'Passwords', 'R']) +
              inlineRow(3, ['', 'Printers', 'A']) +
              inlineRow(4, ['', 'Laptops', 'C']) +
              inlineRow(5, ['Wide title']),
            merges: ['A2:A4', 'A5:C5'],
          },
        ],
      });
      expect(rowsOf(bytes)).toEqual([
        ['Area', 'Task', 'IT'],
        ['Helpdesk', 'Passwords', 'R'],
        ['Helpdesk', 'Printers', 'A'],
        ['Helpdesk', 'Laptops', 'C'],
        ['Wide title'],
      ]);
    });

    it('reads numbers as General shows them and dates (by format) as ISO text', () => {
      const styles =
        '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/><numFmt numFmtId="165" formatCode="0.00%"/></numFmts>' +
        '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>';
      const data =
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2.1000000000000001</v></c><c r="C1"><v>0.30000000000000004</v></c></row>' +
        '<row r="2"><c r="A2" s="1"><v>45352</v></c><c r="B2" s="2"><v>45352.5625</v></c><c r="C2" s="3"><v>0.25</v></c></row>';
      expect(rowsOf(workbookBytes({ styles, sheets: [{ name: 'S', data }] }))).toEqual([
        ['1', '2.1', '0.3'],
        ['2024-03-01', '2024-03-01 13:30', '0.25'],
      ]);
      // The 1904 date system counts from another day.
      const mac = workbookBytes({ styles, date1904: true, sheets: [{ name: 'S', data }] });
      expect(rowsOf(mac)[1]?.[0]).toBe('2028-03-02');
    });

    it('reads formulas by their cached values, never the formula', () => {
      const data =
        '<row r="1"><c r="A1" t="str"><f>CONCAT("R","/A")</f><v>R/A</v></c><c r="B1"><f>1+1</f><v>2</v></c>' +
        '<c r="C1"><f>NOW()</f></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>';
      expect(rowsOf(workbookBytes({ sheets: [{ name: 'S', data }] }))).toEqual([
        ['R/A', '2', '', '#DIV/0!'],
      ]);
    });

    it('reads elements with a namespace prefix (x:c), as some writers produce', () => {
      const bytes = workbookBytes({
        prefix: 'x:',
        strings: ['Task'],
        sheets: [
          {
            name: 'S',
            data: '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row>',
          },
        ],
      });
      expect(rowsOf(bytes)).toEqual([['Task', '7']]);
    });

    it('removes the one quote that guards a formula character, as the CSV reader does', () => {
      const bytes = workbookBytes({
        sheets: [{ name: 'S', data: inlineRow(1, ["'=1+1", "'plain", "''-x"]) }],
      });
      expect(rowsOf(bytes)).toEqual([['=1+1', "'plain", "'-x"]]);
    });

    it('takes an ArrayBuffer or any typed view as well as a Uint8Array', () => {
      const copy = twoSheets.slice();
      expect(rowsOf(new Uint8Array(copy.buffer))).toEqual(rowsOf(twoSheets));
      const view = new DataView(copy.buffer);
      expect(xlsxToTable(view as unknown as Uint8Array).ok).toBe(true);
      expect(xlsxToTable(copy.buffer).ok).toBe(true);
    });
  });

  describe('given bad input, answers with one typed issue and never throws', () => {
    it('bytes that are not a zip: not_xlsx', () => {
      expect(issueOf(strToU8('Function,IT\nPatching,R\n'))).toMatchObject({
        code: 'not_xlsx',
        message: 'Cell A1: the file is not an xlsx workbook.',
      });
      expect(issueOf(new Uint8Array()).code).toBe('empty');
      expect(issueOf('text' as unknown as Uint8Array).code).toBe('unreadable');
    });

    it('a truncated zip: corrupt_workbook', () => {
      const cut = twoSheets.slice(0, Math.floor(twoSheets.length / 2));
      const issue = issueOf(cut);
      expect(issue.code).toBe('corrupt_workbook');
      expect(issue.message).toMatch(/^Cell A1: the workbook is damaged and could not be unpacked/);
    });

    it('a password-protected workbook (a Compound File with EncryptionInfo): encrypted_workbook', () => {
      const file = new Uint8Array(2048);
      file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const name = 'EncryptionInfo';
      for (let i = 0; i < name.length; i++) file[1024 + i * 2] = name.charCodeAt(i);
      expect(issueOf(file)).toMatchObject({
        code: 'encrypted_workbook',
        message: 'Cell A1: the workbook is password-protected; save it without a password first.',
      });
      // The same wrapper without that stream is an old binary workbook.
      const xls = new Uint8Array(2048);
      xls.set(file.subarray(0, 8));
      expect(issueOf(xls).message).toContain('old binary Excel file (.xls)');
    });

    it('a zip that is not a workbook: not_xlsx', () => {
      const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') });
      expect(issueOf(docx)).toMatchObject({
        code: 'not_xlsx',
        message: 'Cell A1: the file is a zip archive but not an xlsx workbook.',
      });
    });

    it('a 50 MB file: too_large, said before anything is unpacked', () => {
      const big = new Uint8Array(50 * 1024 * 1024);
      big.set([0x50, 0x4b, 0x03, 0x04]);
      expect(issueOf(big)).toMatchObject({
        code: 'too_large',
        message: 'Cell A1: the file is 50 MB; at most 20 MB is read.',
      });
      // The host may allow more: then the bytes are looked at (and found damaged).
      expect(issueOf(big, { maxBytes: 60 * 1024 * 1024 }).code).toBe('corrupt_workbook');
    });

    it('a zip bomb: too_large from the declared sizes before inflating, or while unpacking', () => {
      // 4 MB of one repeated row packs into a few kB.
      const row = inlineRow(1, ['x']);
      const bomb = workbookBytes({
        sheets: [{ name: 'S', data: row.repeat((4 * 1024 * 1024) / row.length) }],
      });
      expect(bomb.length).toBeLessThan(64 * 1024);
      expect(issueOf(bomb, { maxUnpackedBytes: 1024 * 1024 })).toMatchObject({
        code: 'too_large',
        message:
          'Cell A1: the workbook unpacks to more than 1 MB (at xl/worksheets/sheet1.xml); it is not read.',
      });
      // A zip that declares 3 GB is refused at the default limit, with nothing allocated.
      const lying = bomb.slice();
      const view = new DataView(lying.buffer);
      const end = lying.length - 22;
      let entry = view.getUint32(end + 16, true);
      while (view.getUint32(entry, true) === 0x02014b50) {
        const nameLength = view.getUint16(entry + 28, true);
        const name = new TextDecoder().decode(lying.subarray(entry + 46, entry + 46 + nameLength));
        if (name.endsWith('sheet1.xml')) view.setUint32(entry + 24, 3 * 1024 ** 3, true);
        entry +=
          46 + nameLength + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
      }
      expect(issueOf(lying).code).toBe('too_large');
      // One that declares 1 kB in every header is counted as it unpacks, and stopped.
      const small = bomb.slice();
      const headers = new DataView(small.buffer);
      for (let at = 0; at + 4 <= small.length; at++) {
        const signature = headers.getUint32(at, true);
        const name = (offset: number, length: number) =>
          new TextDecoder().decode(small.subarray(offset, offset + length));
        if (signature === 0x04034b50 && name(at + 30, 24) === 'xl/worksheets/sheet1.xml') {
          headers.setUint32(at + 22, 1024, true);
        }
        if (signature === 0x02014b50 && name(at + 46, 24) === 'xl/worksheets/sheet1.xml') {
          headers.setUint32(at + 24, 1024, true);
        }
      }
      expect(issueOf(small, { maxUnpackedBytes: 1024 * 1024 })).toMatchObject({
        code: 'too_large',
        message:
          'Cell A1: the workbook unpacks to more than 1 MB (at xl/worksheets/sheet1.xml); it is not read.',
      });
    });

    it('a sheet of 100,000 rows: too_many_rows at the first row past what a matrix holds', () => {
      // The decision: a matrix holds 50,000 rows, so a sheet is read up to 51,000 (headers,
      // sections and blank rows on top); past that the import could only fail later.
      const rows: string[] = [inlineRow(1, ['Task', 'IT'])];
      for (let r = 2; r <= 100_000; r++) rows.push(inlineRow(r, [`Task ${r}`, 'R']));
      const bytes = workbookBytes({ sheets: [{ name: 'Huge', data: rows.join('') }] });
      expect(issueOf(bytes)).toEqual({
        row: 51_001,
        column: 1,
        code: 'too_many_rows',
        message: 'Cell A51001: the sheet has more than 51000 rows, more than a matrix can hold.',
      });
      // A host may lower the limit (or raise it to show a whole sheet).
      expect(issueOf(bytes, { maxRows: 10 }).row).toBe(11);
    });

    it('a sheet the workbook names but does not hold: corrupt_workbook', () => {
      const files = {
        'xl/workbook.xml': strToU8(
          '<workbook><sheets><sheet name="Gone" sheetId="1" r:id="rId1"/></sheets></workbook>',
        ),
        'xl/_rels/workbook.xml.rels': strToU8(
          '<Relationships><Relationship Id="rId1" Target="worksheets/sheet9.xml"/></Relationships>',
        ),
      };
      expect(issueOf(zipSync(files))).toMatchObject({
        code: 'corrupt_workbook',
        message: 'Cell A1: the sheet "Gone" is missing from the workbook.',
      });
    });

    it('random bytes, with or without a zip signature, never throw', () => {
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2048 }),
        fc
          .uint8Array({ maxLength: 2048 })
          .map((tail) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...tail])),
      );
      fc.assert(
        fc.property(bytes, (input) => {
          const result = xlsxToTable(input);
          if (result.ok) expect(Array.isArray(result.value.rows)).toBe(true);
          else expect(result.issues[0]?.message).toMatch(/^Cell A1: ./);
        }),
        { numRuns: 300 },
      );
    });

    it('random damage to a valid workbook never throws, and damage is found more than once', () => {
      const valid = workbookBytes({
        strings: ['Task', 'IT', 'MSP', 'R/A'],
        sheets: [
          {
            name: 'RACI',
            data:
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
              '<row r="2"><c r="A2" t="inlineStr"><is><t>Patching</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2"><v>4</v></c></row>',
            merges: ['A2:A3'],
          },
        ],
      });
      const damage = fc.array(
        fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })),
        {
          minLength: 1,
          maxLength: 8,
        },
      );
      let refused = 0;
      fc.assert(
        fc.property(damage, fc.nat(valid.length), (edits, cut) => {
          const bytes = valid.slice(0, Math.max(cut, valid.length - 40));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const result = xlsxToTable(bytes);
          if (!result.ok) refused++;
          expect(typeof result.ok).toBe('boolean');
        }),
        { numRuns: 400 },
      );
      expect(refused).toBeGreaterThan(40);
    });
  });
});
