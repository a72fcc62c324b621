/**
 * From the 119th sealed round (found after its scoring): an "About us" page's title ("Chi Siamo |
 * …"), whose first part a known given name opens, read as its owner's name; a heating and plumbing
 * firm's heading, a given name and the trade's initials in capitals ("Kamal KLTR"), read as a person's;
 * and a kennel's own site that names its owner only inside a sentence of its privacy notice, beside
 * the site's free mailbox spelt after them. With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers; proton.me stands for
 * a free mail provider).
 */
import { describe, expect, it } from 'vitest';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';
import { foundAt } from './found.js';

/** A breeder's own site: its footer gives its address, its number and its mailbox at its domain. */
const ownSite = (title: string, main: string): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><header><a href="/">Canile Wendell</a><nav><a href="/">Home</a> <a href="/chi-siamo">Chi Siamo</a> <a href="/contatti">Contatti</a></nav></header>` +
  `<main>${main}</main><footer><p>© 2026 Canile Wendell</p><p>Via Wendell 1, 00100 Wendelfingen</p><p><a href="tel:+393455550177">+39 345 555 0177</a></p><p><a href="mailto:info@wendell-canile.example">info@wendell-canile.example</a></p></footer></body></html>`;

describe('an "About us" page\'s title is no one\'s name', () => {
  const it_ = foundAt('https://www.wendell-canile.example/chi-siamo', 'IT');

  it.each([['Chi Siamo'], ['Quiénes Somos'], ['Qui Sommes'], ['Over Ons']])('"%s | Canile Wendell"', (about) => {
    const html = ownSite(`${about} | Canile Wendell`, `<h1>${about}</h1><p>Canile familiare a Wendelfingen.</p>`);
    expect(it_(html, 'IT', 'name')).toEqual([]);
  });

  it("the owner the title names first is still found (\"Lena Marten | …\", printed as the page's heading)", () => {
    const html = ownSite('Lena Marten | Canile Wendell', '<h1>Lena Marten</h1><p>Canile familiare a Wendelfingen.</p>');
    expect(it_(html, 'IT', 'name')).toEqual(['name lena marten']);
  });
});

describe("a word of four plain capitals without a vowel after a given name: a trade's initials", () => {
  it.each([['Kamal KLTR'], ['Lena BTPR']])('%s is no name', (words) => {
    expect(plausibleName(words)).toBe(false);
  });

  it.each([['Lena MARTEN'], ['Jan SMRŽ'], ['Anna BERG']])('%s still is (a family name in capitals has a vowel, or its marks)', (words) => {
    expect(plausibleName(words)).toBe(true);
  });

  it("on a heating firm's own contact page, its heading over its address and mailbox gives no name", () => {
    const be = foundAt('https://www.wendell-kltr.example/contact.php', 'BE');
    const html =
      '<!doctype html><html><head><title>Contact</title></head><body><header><nav><a href="/">Accueil</a> <a href="/contact.php">Contact</a></nav></header><main><h1>Contactez-nous</h1><p>Gsm : +32 496 55 51 55</p></main>' +
      '<div id="footer"><h5>Contactez-nous</h5><h4>Kamal KLTR</h4><p>Chaussée de Wendell 19 / B-1000 WENDELFINGEN</p><p>Gsm : +32 496 55 51 55<br>Fax : +32(0)2/555.20.84</p><p><a href="mailto:kamal.kltr@proton.me">kamal.kltr@proton.me</a></p></div></body></html>';
    expect(be(html, 'BE', 'name')).toEqual([]);
    expect(be(html, 'BE', 'email')).toEqual(['email kamal.kltr@proton.me']);
  });
});

describe("a person a sentence names, whom the own site's free mailbox spells whole", () => {
  const it_ = foundAt('https://www.wendell-canile.example/contatti', 'IT');
  const contact = (box: string, sentence: string): string =>
    ownSite(
      'Contatti | Canile Wendell',
      `<h1>Contatti</h1><p>Email</p><p><a href="mailto:${box}">${box}</a></p><h2>Privacy</h2><p>Le richieste inviate con il modulo vengono lette solo da ${sentence} e non sono cedute a terzi.</p>`,
    );

  it.each([
    ['lenamarten7@proton.me', 'Lena Marten — Canile Wendell'],
    ['lena.marten@proton.me', 'Lena Marten'],
  ])('%s beside "%s"', (box, sentence) => {
    expect(it_(contact(box, sentence), 'IT', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    // the mailbox spells another person than the sentence names
    ['lenamarten7@proton.me', 'Kamal Reilly'],
    // the mailbox spells only the first two words of a longer name
    ['lena.marten@proton.me', 'Lena Marten Wendell'],
    // the mailbox spells the name with more letters after it: not the name whole
    ['lenamartenfoto@proton.me', 'Lena Marten'],
  ])('not %s beside "%s"', (box, sentence) => {
    expect(it_(contact(box, sentence), 'IT', 'name')).toEqual([]);
  });
});
