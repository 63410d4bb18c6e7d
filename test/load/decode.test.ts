import { describe, expect, it } from 'vitest';
import { decodeUtf8, describeCharacter, forbiddenCharacters } from '../../src/load/decode.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...utf8(part)] : part)));

/** The decode failure as `line:col-endLine:endCol message`. */
function failure(input: Uint8Array): string {
  const decoded = decodeUtf8(input);
  if (decoded.ok) throw new Error(`expected a decode failure, got ${JSON.stringify(decoded.text)}`);
  const { start, end, message } = decoded.problem;
  return `${start.line}:${start.column}-${end.line}:${end.column} ${message}`;
}

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, multi-byte characters included', () => {
    expect(decodeUtf8(utf8('name: Zürich 日本 😀\n'))).toEqual({ ok: true, text: 'name: Zürich 日本 😀\n' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'id: a\n'))).toEqual({ ok: true, text: 'id: a\n' });
  });

  it('accepts an empty file', () => {
    expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
  });

  it('recognises UTF-16 and UTF-32 by their byte-order marks', () => {
    const text = 'id: a\n';
    expect(failure(Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toBe(
      '1:1-1:2 file is encoded as UTF-16 LE; save it as UTF-8',
    );
    expect(failure(Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]))).toBe(
      '1:1-1:2 file is encoded as UTF-16 BE; save it as UTF-8',
    );
    expect(failure(Uint8Array.from([0xff, 0xfe, 0, 0, 0x69, 0, 0, 0]))).toBe('1:1-1:2 file is encoded as UTF-32 LE; save it as UTF-8');
    expect(failure(Uint8Array.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x69]))).toBe('1:1-1:2 file is encoded as UTF-32 BE; save it as UTF-8');
  });

  it('recognises UTF-16 without a byte-order mark by its NUL bytes', () => {
    expect(failure(Uint8Array.from(Buffer.from('id: a\n', 'utf16le')))).toBe('1:1-1:2 file is encoded as UTF-16; save it as UTF-8');
    expect(failure(Uint8Array.from(Buffer.from('id: a\n', 'utf16le').swap16()))).toBe(
      '1:1-1:2 file is encoded as UTF-16; save it as UTF-8',
    );
  });

  it('reports the first invalid byte at its line and column', () => {
    expect(failure(bytes('id: a\ndescription: the caf', [0xe9], ' owner\n'))).toBe(
      '2:21-2:22 invalid UTF-8 byte 0xe9; save the file as UTF-8',
    );
  });

  it('counts columns in UTF-16 code units, as editors do, and lines across CRLF', () => {
    expect(failure(bytes('a: 1\r\nb: 日本😀', [0xff]))).toBe('2:8-2:9 invalid UTF-8 byte 0xff; save the file as UTF-8');
  });

  it('reports only the first of several invalid bytes', () => {
    expect(failure(bytes('a: ', [0x80], '\nb: ', [0xe9]))).toBe('1:4-1:5 invalid UTF-8 byte 0x80; save the file as UTF-8');
  });

  it('refuses overlong forms, encoded surrogates, out-of-range leads and truncated sequences', () => {
    expect(failure(bytes('a: ', [0xc0, 0xaf]))).toBe('1:4-1:5 invalid UTF-8 byte 0xc0; save the file as UTF-8');
    expect(failure(bytes('a: ', [0xed, 0xa0, 0x80]))).toBe('1:4-1:5 invalid UTF-8 byte 0xed; save the file as UTF-8');
    expect(failure(bytes('a: ', [0xf5, 0x80, 0x80, 0x80]))).toBe('1:4-1:5 invalid UTF-8 byte 0xf5; save the file as UTF-8');
    expect(failure(bytes('a: é', [0xe2, 0x82]))).toBe('1:5-1:6 invalid UTF-8 byte 0xe2; save the file as UTF-8');
  });

  it('counts the columns of a bad byte after a byte-order mark from the first visible character', () => {
    expect(failure(bytes([0xef, 0xbb, 0xbf], 'ab', [0xe9]))).toBe('1:3-1:4 invalid UTF-8 byte 0xe9; save the file as UTF-8');
  });
});

describe('forbiddenCharacters', () => {
  it('finds C0, DEL, C1, bidi controls and a stray byte-order mark, with their offsets', () => {
    const text = 'a\u0000b\u001bc\u007fd\u0085e\u202ef\u2066g\u200fh\ufeffi';
    expect(forbiddenCharacters(text)).toEqual([
      { offset: 1, char: '\u0000' },
      { offset: 3, char: '\u001b' },
      { offset: 5, char: '\u007f' },
      { offset: 7, char: '\u0085' },
      { offset: 9, char: '\u202e' },
      { offset: 11, char: '\u2066' },
      { offset: 13, char: '\u200f' },
      { offset: 15, char: '\ufeff' },
    ]);
  });

  it('allows tabs, line feeds, carriage returns and ordinary non-ASCII text', () => {
    expect(forbiddenCharacters('a:\tb\r\nc: Zürich — “quoted” 日本 😀\n')).toEqual([]);
  });

  it('gives the same answer when called twice (no regex state carried over)', () => {
    expect(forbiddenCharacters('x\u0007')).toEqual(forbiddenCharacters('x\u0007'));
  });
});

describe('describeCharacter', () => {
  it('names each class of forbidden character with its code point', () => {
    expect(describeCharacter('\u0000')).toBe('NUL character (U+0000)');
    expect(describeCharacter('\u001b')).toBe('control character (U+001B)');
    expect(describeCharacter('\u009b')).toBe('control character (U+009B)');
    expect(describeCharacter('\u202e')).toBe('bidirectional control character (U+202E)');
    expect(describeCharacter('\u061c')).toBe('bidirectional control character (U+061C)');
    expect(describeCharacter('\ufeff')).toBe('zero-width no-break space (U+FEFF)');
  });
});
