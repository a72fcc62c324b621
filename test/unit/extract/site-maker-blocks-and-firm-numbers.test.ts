/**
 * From the 126th sealed round (found after its scoring): an imprint's block for the site's maker
 * under its own heading ("Realisation" / the designer / their mail link / their call link), and a
 * Swiss firm's number after "Firmennummer". With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("an imprint's block for the site's maker under its own heading", () => {
  const ch = foundAt('https://www.wendell-metallbau.example/impressum.html', 'CH');
  const page = (heading: string, after = '<h3>Haftung</h3><p>Für Inhalte externer Links übernehmen wir keine Haftung.</p>'): string =>
    '<!doctype html><html><body><main><h1>Impressum</h1><h3>Anschrift</h3><p>Wendell Metallbau AG<br>Wendelstrasse 4<br>CH-8000 Zürich<br><a href="tel:+41445550125">044 555 01 25</a><br><a href="mailto:info@wendell-metallbau.example">info@wendell-metallbau.example</a></p>' +
    `<h3>Inhaberin</h3><p>Lena Marten</p><h3>${heading}</h3><p>Kamal Reilly<br><a href="mailto:k.reilly@proton.me">k.reilly@proton.me</a><br><a href="tel:+41775552266">+41 77 555 22 66</a></p>${after}</main></body></html>`;

  it.each([['Realisation'], ['Webdesign'], ['Konzept und Gestaltung'], ['Réalisation']])('%s: not the maker\'s name, mailbox or number', (heading) => {
    const found = ch(page(heading), 'CH');
    expect(found.filter((f) => !f.startsWith('name'))).toEqual(['email info@wendell-metallbau.example', 'phone +41445550125']);
    expect(found).not.toContain('name kamal reilly');
  });

  it("the maker's mailbox where the page gives it elsewhere too, as its own", () => {
    const found = ch(page('Realisation', '<h3>Kontakt</h3><p>Schreiben Sie an k.reilly@proton.me</p>'), 'CH', 'email');
    expect(found).toContain('email k.reilly@proton.me');
  });
});

describe('a Swiss firm\'s number after "Firmennummer"', () => {
  it('is no phone', () => {
    const html =
      '<!doctype html><html><body><main><h1>Impressum</h1><p>Wendell Metallbau AG<br>Telefon +41 44 555 01 25</p><h3>Register</h3><p>Firmennummer: CH-020.3.555.123-4</p><p>UID: CHE-555.123.456</p></main></body></html>';
    expect(foundAt('https://www.wendell-metallbau.example/impressum.html', 'CH')(html, 'CH', 'phone')).toEqual(['phone +41445550125']);
  });
});
