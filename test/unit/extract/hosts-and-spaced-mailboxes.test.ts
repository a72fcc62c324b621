/**
 * From the 98th sealed round: a holiday let's host signing its welcome ("Vaša domaćica …", "Your
 * host …"), and a dealer's staff list whose "Mail:" values have a space before the "@". Every
 * name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a holiday let's host signing its welcome", () => {
  const pansion = foundAt('https://www.wendell-pansion.example/', 'HR');

  it.each([
    ['Vaša domaćica <strong>Lena Marten-Wendt</strong>', 'name lena marten-wendt'],
    ['Va&scaron;a domacica <strong>Lena Marten</strong>', 'name lena marten'],
    ['Your host Kamal Reilly', 'name kamal reilly'],
    ['Ihre Gastgeberin Lena Marten', 'name lena marten'],
  ])('"%s" names the host', (signature, name) => {
    expect(pansion(page(`<h1>Pansion Wendell</h1><p>Dobro došli u naš pansion.</p><p>${signature}</p>`), 'HR', 'name')).toEqual([name]);
  });

  it('gives no name where the words go on as a sentence', () => {
    expect(pansion(page('<h1>Pansion Wendell</h1><p>Your host will meet you at the door.</p><p>Vaša domaćica vas čeka.</p>'), 'HR', 'name')).toEqual([]);
  });
});

describe('a "Mail:" value with a space before its "@"', () => {
  const ad = foundAt('https://www.wendell-finn.example/car/ad/4711', 'NO');
  const staff = '<h1>Bil til salgs</h1><p>Spørsmål? Ring eller send e-post.<br><br>Lena Marten<br>Tlf: 912 55 014<br>Mail: Lena @wendell-bil.example<br><br>Kamal Reilly<br>Tlf : 482 55 091<br>Mail : Post @wendell-bil.example </p>';

  it('is the address', () => {
    expect(ad(page(staff), 'NO', 'email')).toEqual(['email lena@wendell-bil.example', 'email post@wendell-bil.example']);
  });

  it('is no address away from a mail label (a social handle, a name before a domain)', () => {
    expect(ad(page('<h1>Bil til salgs</h1><p>Følg oss: IG @wendell.bil</p><p>Lena @wendell-bil.example</p>'), 'NO', 'email')).toEqual([]);
  });
});
