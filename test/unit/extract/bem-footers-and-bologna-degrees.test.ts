/**
 * Found on the 150th sealed round's pages. An Indian property portal's result page wraps its footer
 * in BEM's block element ("footer__footerwrap", "footer__contactus"), not a <footer>, and its
 * toll-free line there was read as an advertiser's. A Croatian agency's signature writes the agent's
 * Bologna degree after the name ("…, mag.oec."), which hid the name. The cases an adversary would
 * bring: a card's own footer part in the content, the platform's line in a real <footer>, the
 * degree's letters alone, a name with no degree. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a BEM footer block's wrapper", () => {
  const found = foundAt('https://www.qorvan.example/search/wendelpur-homes', 'IN');
  const page = (footerClass: string, card = '3 BHK Flat, ₹ 85 Lac'): string =>
    `<html><body><div class="pageComponent"><h1>Homes for sale in Wendelpur</h1><div class="tuple">${card}</div></div><div class="${footerClass}"><div class="footer__footercolumn footer__contactus"><p>Contact Us</p><p>Toll Free - 1800 41 55501</p><p>9:30 AM to 6:30 PM (Mon-Sun)</p></div></div></body></html>`;

  it.each(['footer__footerwrap', 'footer__wrap', 'footer__container'])('"%s" is the page\'s footer', (cls) => {
    expect(found(page(cls), 'IN', 'phone')).toEqual([]);
  });

  it("a card's own footer part in the content is the card's", () => {
    const html = `<html><body><main><h1>Homes for sale</h1><article class="tuple"><h2>3 BHK home</h2><div class="footer__info">Owner: call 098765 55501</div></article></main></body></html>`;
    expect(found(html, 'IN', 'phone')).toEqual(['phone +919876555501']);
  });
});

describe('a Bologna degree after an agent\'s name', () => {
  const found = foundAt('https://www.qorvan.example/oglasi/4401937', 'HR');
  const ad = (signature: string): string =>
    `<html><body><main><h1>Stan, 65 m2</h1><div class="description">Prodaje se stan u centru grada.<br><br>Šifra oglasa: 4401937<br><br>${signature}<br>Prodajni predstavnik<br>Mobitel: +385 91 555 0123<br>E-mail: lena.marten@qorvan.example</div></main></body></html>`;

  it.each(['Lena Marten, mag.oec.', 'Lena Marten, mag.ing.aedif.', 'Lena Marten, bacc.oec.', 'Lena Marten, univ.spec.oec.', 'Lena Marten'])('%s', (signature) => {
    expect(found(ad(signature), 'HR', 'name')).toEqual(['name lena marten']);
  });

  it('the degree alone on the line is no name', () => {
    expect(found(ad('mag.oec.'), 'HR', 'name')).toEqual([]);
  });
});
