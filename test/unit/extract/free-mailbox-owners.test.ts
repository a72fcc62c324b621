/**
 * From the 116th sealed round (found after its scoring): a one-person business's page whose only
 * sign of being its own is its owner's name on a line of its own and a free mailbox spelt after
 * them ("Lena Marten" over "marten.lena77@<free mail>"); and, from the round before, a business's
 * name that opens with its owner's ("Lena Marten Studio" over "lenamartenstudio@…"), which is no
 * person's. With the cases an adversary would bring. Every name, number, address and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const cz = foundAt('https://www.wendell-klavir.example/kontakt.html', 'CZ');
const page = (header: string, box: string, extra = '', footer = ''): string =>
  `<!doctype html><html><body><header><p>${header}</p><nav><a href="/">Svatby</a> <a href="/koncerty">Koncerty</a> <a href="/kontakt">Kontakt</a>${extra}</nav></header>` +
  `<main><h1>Kontakt</h1><p>Kontaktovat mě můžete e-mailem nebo telefonicky.</p><p>Telefon: +420 722 555 134</p><p>${box}</p></main>` +
  `<footer>${footer}</footer></body></html>`;

describe("a one-person business's name over the free mailbox spelt after them", () => {
  it("is the owner's page: their name, number and mailbox", () => {
    expect(cz(page('Lena Marten', 'marten.lena77@proton.me'), 'CZ')).toEqual(['email marten.lena77@proton.me', 'name lena marten', 'phone +420722555134']);
  });

  it('not a mailbox at the site\'s own domain, nor one that spells someone else', () => {
    expect(cz(page('Lena Marten', 'info@wendell-klavir.example'), 'CZ', 'name')).toEqual([]);
    expect(cz(page('Lena Marten', 'anna.berg@proton.me'), 'CZ', 'name')).toEqual([]);
  });

  it("not a marketplace's page: its footer's hotline stays the platform's", () => {
    const market = page('Lena Marten', 'marten.lena77@proton.me', ' <a href="/prihlasit">Přihlásit</a> <a href="/pridat-inzerat">Přidat inzerát</a>', '<p>Zákaznická linka: +420 222 555 000</p>');
    expect(cz(market, 'CZ', 'phone')).toEqual(['phone +420722555134']);
  });

  it("not a business's name that opens with its owner's, a third word no family name", () => {
    expect(cz(page('Lena Marten Studio', 'lenamartenstudio@proton.me'), 'CZ', 'name')).not.toContain('name lena marten studio');
  });
});
