/**
 * From the 96th sealed round: a French association's or parish's people in charge after
 * "Responsable(s) :", a couple under one surname, the numbers other people post in a classified
 * ad's comments, and a site builder's page whose body lists a "comment" style. Every name, number
 * and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('"Responsable(s) :" before the people in charge', () => {
  const parish = foundAt('https://www.wendell-paroisse.example/sacrements/', 'FR');
  const page = (body: string): string => `<!doctype html><html><body><main><h1>Sacrements</h1><p>Préparation au baptême.</p>${body}</main></body></html>`;

  it('gives the name after the label, its surname in capitals, and not what follows it', () => {
    expect(parish(page('<p>Responsables : Lena MARTEN (catéchisme, primaire)</p><p>Responsable : Kamal REILLY k.reilly@wendell-mail.example</p>'), 'FR', 'name')).toEqual([
      'name kamal reilly',
      'name lena marten',
    ]);
  });

  it("gives a couple under one surname by the name written whole, without the sentence's full stop", () => {
    expect(parish(page('<p>Responsables : Kamal et Lena MARTEN.</p>'), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it('gives no name without the colon, nor from a sentence after the word', () => {
    expect(parish(page('<p>Le responsable de la chorale est absent.</p><p>Responsable Lena MARTEN</p>'), 'FR', 'name')).toEqual([]);
  });
});

describe("numbers posted in a classified ad's comments", () => {
  const ad = foundAt('https://www.wendell-ilan.example/11/4711', 'SA');
  const page = (comment: string): string =>
    '<!doctype html><html><body><main><h1>مقطورة خيل للبيع</h1><p>مقطورة بحالة ممتازة</p><p>للتواصل <a href="tel:+966535550206">0535550206</a></p>' +
    `<div class="comments"><div class="comment_body">${comment}</div></div></main></body></html>`;

  it("are a buyer's, not the advertiser's", () => {
    expect(ad(page('اسوم 6000 وهذا رقم الجوال 0555550193'), 'SA', 'phone')).toEqual(['phone +966535550206']);
  });

  it("keeps the advertiser's number when the ad's text gives it too", () => {
    expect(ad(page('تم البيع 0535550206'), 'SA', 'phone')).toEqual(['phone +966535550206']);
  });
});

describe('a body whose classes list a "comment" style', () => {
  it('is the page, not a block of comments: its numbers are kept', () => {
    const imprint = foundAt('https://www.wendell-agentur.example/impressum/', 'DE');
    const html =
      '<!doctype html><html><body class="body cc-page j-m-gallery-styles j-m-comment-styles"><main><h1>Impressum</h1><p>Wendell Agentur</p>' +
      '<p>Telefon: 05191 555238</p><p>Telefax: 05191 555228</p></main></body></html>';
    expect(imprint(html, 'DE', 'phone')).toEqual(['phone +495191555228', 'phone +495191555238']);
  });
});

describe('a message button\'s "data-recipient-name"', () => {
  it("gives the advertiser's full name, where the seller box shows only the given name", () => {
    const ad = foundAt('https://www.wendell-souq.example/ad/4711', 'SA');
    const html =
      '<!doctype html><html><body><main><h1>Private driver in Makkah</h1><div class="seller-box"><span>Lena</span></div>' +
      '<button class="send-message" data-recipient-name="Lena Marten">Send message</button></main></body></html>';
    expect(ad(html, 'SA', 'name')).toContain('name lena marten');
  });
});

describe('a compound surname joined by "y" after a role label', () => {
  it('is one name, not a couple ("Responsable : Juan Pérez y García")', () => {
    const page = foundAt('https://www.wendell-pisos.example/piso/4711', 'ES');
    const html = '<!doctype html><html><body><main><h1>Piso en venta</h1><p>Responsable : Juan Pérez y García</p></main></body></html>';
    expect(page(html, 'ES', 'name')).toEqual(['name juan pérez y garcía']);
  });
});
