import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/model/words.js';

/** True when the text holds a surrogate without its pair. */
const hasLoneSurrogate = (text: string) => /\p{Cs}/u.test(text);

describe('excerpt', () => {
  it('leaves text that fits alone, and cuts longer text to the room with "..."', () => {
    expect(excerpt('The council voted.', 80)).toBe('The council voted.');
    const cut = excerpt('a'.repeat(100), 80);
    expect(cut).toBe(`${'a'.repeat(77)}...`);
  });

  it('never cuts an emoji in half, wherever it falls', () => {
    expect.hasAssertions();
    for (let at = 70; at <= 80; at++) {
      const cut = excerpt(`${'a'.repeat(at)}😊 and more text after it to make it long enough`, 80);
      expect(hasLoneSurrogate(cut), `emoji at ${at}`).toBe(false);
      expect(cut.length).toBeLessThanOrEqual(80);
    }
  });

  it('keeps a letter with its accents and a family emoji whole, or leaves them out', () => {
    const accented = excerpt(`${'a'.repeat(75)}e\u0301\u0301 more text`, 80);
    expect(accented).toBe(`${'a'.repeat(75)}...`);
    const family = excerpt(`${'a'.repeat(70)}👨‍👩‍👧 and the rest of it`, 80);
    expect(family).toBe(`${'a'.repeat(70)}...`);
  });

  it('cuts one character longer than the room (zalgo) at a code point, never inside a surrogate pair', () => {
    const zalgo = `😊${'\u0301'.repeat(200)}`;
    const cut = excerpt(zalgo, 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(hasLoneSurrogate(cut)).toBe(false);
  });
});
