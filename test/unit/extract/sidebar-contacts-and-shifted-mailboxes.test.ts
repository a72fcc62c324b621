/**
 * From the 104th sealed round's pages, after its fix round: a research institute's news item whose
 * "Kontakt" box (its scientist and its media officer, each with a direct line) sits in the side
 * column beside the text; the box's spans, which a style sheet sets one under the other, glued
 * the name to the label after it ("MartenTel."); and the mail links of a TYPO3 site, whose CMS
 * shifts each mailbox's characters until a click. With the cases an adversary would bring. Every
 * name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const news = foundAt('https://www.wendell-institut.ch/de/news/detail/neue-messstation-am-see/', 'CH');
const article =
  '<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/de/news/">News</a> <a href="/de/kontakt/">Kontakt</a></nav></header>' +
  '<main><h1>Neue Messstation am See</h1><p>Das Institut misst ab Mai die Wassertemperatur an drei Stellen des Sees. ' +
  'Die Daten stehen allen offen.</p></main>';
const footer = '<footer><p>Wendell-Institut, Beispielstrasse 1, 8999 Wendelfingen</p><p>Tel. +41 44 555 01 00</p></footer></body></html>';

describe("a side column's box headed as the page's contacts", () => {
  it("is the item's contacts, not the site's chrome", () => {
    const box =
      '<aside role="complementary"><h3>Kontakt</h3><div><span><a href="/de/profile/lena-marten/">Lena Marten</a></span><span>Tel. +41 44 555 01 42</span></div>' +
      '<div><span>Kamal Reilly</span><span>Pressesprecher</span><span>Tel. +41 44 555 01 43</span></div></aside>';
    expect(news(article + box + footer, 'CH', 'phone')).toEqual(['phone +41445550142', 'phone +41445550143']);
  });

  it.each([
    ['Ihr Ansprechpartner', 'Anna Berg', 'Telefon 044 555 01 42'],
    ['Media contact', 'Oskar Lindqvist', 'Phone +41 44 555 01 42'],
  ])('headed "%s" too', (heading, name, line) => {
    const box = `<aside><h2>${heading}</h2><p>${name}</p><p>${line}</p></aside>`;
    expect(news(article + box + footer, 'CH', 'phone')).toEqual(['phone +41445550142']);
  });

  it.each([
    ['a desk and its hours, no person', '<h3>Kontakt</h3><p>Kundendienst</p><p>Mo-Fr 8-17 Uhr</p><p>Tel. +41 44 555 01 42</p>'],
    ['a person under another heading', '<h3>Ähnliche Artikel</h3><p>Lena Marten</p><p>Tel. +41 44 555 01 42</p>'],
    ['a contacts heading over a person with no number', '<h3>Kontakt</h3><p>Lena Marten</p><p>Pressesprecherin</p>'],
    ['a contacts heading that is a sentence', '<h3>Kontakt zu unseren Partnern in der ganzen Schweiz</h3><p>Lena Marten</p><p>Tel. +41 44 555 01 42</p>'],
    ['capitalised words that are no known name', '<h3>Kontakt</h3><p>Umweltdienste Wendelfingen</p><p>Tel. +41 44 555 01 42</p>'],
  ])('but not %s', (_, box) => {
    expect(news(`${article}<aside>${box}</aside>${footer}`, 'CH', 'phone')).toEqual([]);
  });
});

describe("a text node's words glued to the element before", () => {
  const profile = foundAt('https://www.wendell-bau.de/team/', 'DE');

  it('are a word apart: a name is not read with the label after it', () => {
    const box = '<div><h3>Kontakt</h3><div><span><a href="/de/profile/lena-marten/">Lena Marten</a></span><span></span><span>Tel. +41 44 555 0142</span></div></div>';
    expect(news(article.replace('</main>', `${box}</main>`) + footer, 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('nor a number with the label after it', () => {
    const html = '<main><h1>Team</h1><p>Lena Marten</p><p><span>Tel. 0711 555 0142</span><span>E-Mail schreiben</span></p></main>';
    expect(profile(html, 'DE', 'phone')).toEqual(['phone +497115550142']);
  });

  it.each([
    ['a VIN set in two elements', '<p>FIN: <span>WVWZZZ1J</span><span>ZXW000001</span></p>', 'vin WVWZZZ1JZXW000001'],
    ['a number set in two elements', '<p>Tel. <span>0711</span><span>555 0142</span></p>', 'phone +497115550142'],
  ])('but %s stays whole', (_, body, expected) => {
    expect(foundAt('https://www.wendell-auto.de/fahrzeug/1', 'DE')(`<main><h1>Golf</h1>${body}</main>`)).toContain(expected);
  });
});

describe("a TYPO3 site's shifted mail links", () => {
  const site = foundAt('https://www.wendell-bau.de/ueber-uns/', 'DE');

  it.each([
    ['its script call, shifted by one', `<a href="javascript:linkTo_UnCryptMailto('nbjmup+mfob\\/nbsufoAxfoefmm.cbv\\/ef');">Mail schreiben</a>`, 'email lena.marten@wendell-bau.de'],
    ['its script call with the quotes URL-encoded', '<a href="javascript:linkTo_UnCryptMailto(%27nbjmup+mfob/nbsufoAxfoefmm.cbv/ef%27);">E-Mail</a>', 'email lena.marten@wendell-bau.de'],
    ["TYPO3 11's token, shifted by three", '<a href="#" data-mailto-token="pdlowr-ndpdo1uhloobCzhqghoo0edx1gh" data-mailto-vector="3">E-Mail</a>', 'email kamal.reilly@wendell-bau.de'],
    ['a token shifted back by two, its subject left out', '<a href="#" data-mailto-token="kygjrm8ylly,zcpeYuclbcjj+zys,bc?qszhcar=Zldpyec" data-mailto-vector="-2">E-Mail</a>', 'email anna.berg@wendell-bau.de'],
  ])('give the mailbox: %s', (_, link, expected) => {
    expect(site(`<main><h1>Über uns</h1><p>Lena Marten, Kamal Reilly und Anna Berg</p><p>${link}</p></main>`, 'DE', 'email')).toEqual([expected]);
  });

  it.each([
    ['a shifted web address, no mailbox', '<a href="#" data-mailto-token="iuuqt+00xxx/xfoefmm.cbv/ef0lpoublu">Kontakt</a>'],
    ['another script call', `<a href="javascript:openWindow('nbjmup+mfob\\/nbsufoAxfoefmm.cbv\\/ef');">Öffnen</a>`],
    ['a token too short to be one', '<a href="#" data-mailto-token="nbjmup+b">E-Mail</a>'],
  ])('but not %s', (_, link) => {
    expect(site(`<main><h1>Über uns</h1><p>${link}</p></main>`, 'DE', 'email')).toEqual([]);
  });
});
