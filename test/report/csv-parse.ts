/**
 * A strict RFC 4180 reader for the tests: every field must be quoted, `""` is a quote, records end in
 * CRLF. Throws on anything else, so a test fails when the writer breaks the format.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at offset ${i}`);
    let field = '';
    i++;
    for (;;) {
      if (i >= text.length) throw new Error('unterminated field');
      if (text[i] === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        i++;
        break;
      }
      field += text[i];
      i++;
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else {
      throw new Error(`expected , or CRLF at offset ${i}`);
    }
  }
  if (row.length > 0) throw new Error('last record does not end in CRLF');
  return rows;
}
