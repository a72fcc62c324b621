/**
 * From the 101st sealed round's pages, after its fix round: a B&B's contact page whose site builder
 * set the booking lines as a picture of the words, with the words in the image's alternative text;
 * a practice's own site whose text names the professional register it is listed in ("… onder
 * Register Oefentherapeut."), which read as a marketplace's sign-up control. With the cases an
 * adversary would bring. Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("an image's alternative text that gives a number or a mailbox", () => {
  const bnb = foundAt('https://www.wendell-cottage.co.uk/contact.html', 'GB');

  it('is read as the text it shows', () => {
    const html = page('<h1>Contact</h1><img src="contact_1.png" alt="Reservations: call&#10;0117 496 0142 / 0117 496 0143&#10;e-mail lena.marten@wendell-mail.co.uk">');
    expect(bnb(html)).toEqual(['email lena.marten@wendell-mail.co.uk', 'phone +441174960142', 'phone +441174960143']);
  });

  it.each([
    ["a product's article number", 'Wendell Akkubohrer 18V 4006381333931'],
    ["a photo's date and time", 'Foto 2023-05-12 142233'],
    ["a camera's file name", 'IMG_20230512_1422331'],
    ['a short id', 'Artikelnummer 12345678'],
  ])('but not %s', (_, alt) => {
    const shop = foundAt('https://www.wendell-shop.de/p/1', 'DE');
    expect(shop(page(`<h1>Bohrer</h1><img src="a.jpg" alt="${alt}"><p>Preis 99 EUR</p>`))).toEqual([]);
  });
});

describe('a register named in a sentence is no sign-up control', () => {
  const practice = foundAt('https://www.wendell-fysio.nl/behandelingen/', 'NL');
  const site = (line: string): string =>
    '<!doctype html><html><body><div class="menu"><a href="/">Home</a> <a href="/behandelingen/">Behandelingen</a> <a href="/tarieven/">Tarieven</a></div>' +
    `<div><h1>Behandelingen</h1><p>Ingeschreven in het kwaliteitsregister (KR)<br>${line}</p><p>Praktijk Wendell<br>Voorbeeldlaan 12<br>1234 AB Wendell</p></div>` +
    '<p class="copyright">Voorbeeldlaan 12 - 1234 AB Wendell - T. 06-55501420 - <a href="mailto:info@wendell-fysio.nl">info@wendell-fysio.nl</a><br>© 2025 Praktijk Wendell</p></body></html>';

  it('so the practice keeps its mailbox', () => {
    expect(practice(site('zie www.wendell-kwaliteit.example onder Register Oefentherapeut.'), 'NL', 'email')).toEqual(['email info@wendell-fysio.nl']);
  });

  it.each([
    ['a call to sign up that the word closes', 'Nu gratis Registreren.'],
    ['the control alone on its line', 'Register'],
  ])('while %s still is one', (_, line) => {
    expect(practice(site(line), 'NL', 'email')).toEqual([]);
  });
});
