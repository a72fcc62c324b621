/**
 * From the fix round on the 161st sealed round, after its scoring: a result page's agents shown by
 * their photos' alt text ("LENA MARTEN photo"); a private seller's badge over the seller box's name;
 * "Tak" (Polish "yes") in a spec table over the next label; a make, its model's number and the
 * car's year read as a phone; a review's byline after an honorific; a street opening with a saint's
 * word; a shop whose software says "shop" where its saved header shows no cart. With the cases an
 * adversary would bring: photos of other things, a single unknown agent, a badge of a business, a
 * thanks in Danish, a number after a phone label, an honorific over a phone, a person called
 * "San…" nowhere, a portal with a shop plugin. Every name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("an agent's photo on a result card, its alt text the agent's name", () => {
  const found = foundAt('https://www.qorvan.ca/map', 'CA');
  const card = (alt: string, cls = 'card-realtor-img'): string =>
    `<div class="result-card"><p>3 bed house, $500,000</p><div class="result-card__foot"><img class="${cls}" src="/r/1.jpg" alt="${alt}"></div></div>`;
  const names = (...cards: string[]): string[] => found(page(cards.join('')), 'CA', 'name');

  it.each([
    ['in capitals, the picture\'s word after it', 'LENA MARTEN photo', 'name lena marten'],
    ['capitalised', 'Anna Berg photo', 'name anna berg'],
    ['with middle initials', 'ANNA K. M. BERG photo', 'name anna k. m. berg'],
    ['with an initial and particles', 'INGRID K VAN DER BERG photo', 'name ingrid k van der berg'],
    ['of four names', 'KAMAL LI WEI REILLY photo', 'name kamal li wei reilly'],
    ['the picture\'s word before it', 'Photo of Lena Marten', 'name lena marten'],
  ])('%s', (_what, alt, expected) => {
    expect(names(card(alt))).toEqual([expected]);
  });

  it('by the photo\'s class or file: an agent\'s, a broker\'s', () => {
    expect(names(card('Lena Marten', 'agent-photo'))).toEqual(['name lena marten']);
    expect(names(card('Lena Marten', 'brokerImage'))).toEqual(['name lena marten']);
  });

  it('many agents, most known names, vouch for one the known names lack', () => {
    const grid = ['LENA MARTEN photo', 'ANNA BERG photo', 'KAMAL REILLY photo', 'INGRID BERG photo', 'TARVIK OSSENDREL photo'].map((a) => card(a));
    expect(names(...grid)).toEqual(['name anna berg', 'name ingrid berg', 'name kamal reilly', 'name lena marten', 'name tarvik ossendrel']);
  });

  it.each([
    ['a single agent the known names lack', [card('TARVIK OSSENDREL photo')]],
    ["a brokerage's logo", [card('Qorvan Realty Brokerage photo')]],
    ['a house\'s photo', [card('3 bed house photo')]],
    ['six words', [card('Lena Anna Ingrid Kamal Marten Berg photo')]],
    ['a photo that is no agent\'s', [card('Lena Marten photo', 'card-photo')]],
    ['initials alone', [card('L. M. photo')]],
  ])('no name: %s', (_what, cards) => {
    expect(names(...cards)).toEqual([]);
  });
});

describe("a private seller's badge over the seller box's name", () => {
  const found = foundAt('https://www.qorvan.pl/oferta/opel-astra-555.html', 'PL');
  const ad = (box: string): string =>
    page(`<h1>Opel Astra 1.6</h1><p>Auto w dobrym stanie, drugi właściciel.</p><div class="seller"><div class="seller__info">${box}</div></div>`);
  const names = (box: string): string[] => found(ad(box), 'PL', 'name');

  it('keeps a given name the known names lack, the badge before it or after it', () => {
    expect(names('<small class="seller__type">Osoba prywatna</small><h2 class="seller__name"> Tarvik </h2>')).toEqual(['name tarvik']);
    expect(names('<h2 class="seller__name">Tarvik</h2><small>Osoba prywatna</small>')).toEqual(['name tarvik']);
    expect(names('<small>Privatperson</small><h2 class="seller-name">Tarvik Ossendrel</h2>')).toEqual(['name tarvik ossendrel']);
  });

  it.each([
    ['no badge', '<h2 class="seller__name">Tarvik</h2>'],
    ["a dealer's badge", '<small class="seller__type">Firma</small><h2 class="seller__name">Tarvik</h2>'],
    ['a badge far from the name', '<small>Osoba prywatna</small><p>Na rynku od 2019</p><p>Odpowiada w ciągu godziny</p><h2 class="seller__name">Tarvik</h2>'],
    ["a business's name beside the badge", '<small>Osoba prywatna</small><h2 class="seller__name">Qorvan Auto Serwis</h2>'],
  ])('no name the known names lack: %s', (_what, box) => {
    expect(names(box)).toEqual([]);
  });
});

describe('"Tak" over the next label of a spec table', () => {
  const at = (url: string, country: string) => (text: string): string[] => foundAt(url, country)(page(text), country, 'name');

  it('is a Polish "yes", not a thanks before a name', () => {
    const pl = at('https://www.qorvan.pl/oferta/1', 'PL');
    expect(pl('<dl><dt>Klimatyzacja</dt><dd>Tak</dd><dt>Kolor</dt><dd>Czarny</dd></dl>')).toEqual([]);
    expect(pl('<p>Hak holowniczy</p><p>Tak</p><p>Kolor</p><p>Czarny</p>')).toEqual([]);
  });

  it('is still a Danish thanks before the writer\'s name on the next line', () => {
    const dk = at('https://www.qorvan.dk/annonce/1', 'DK');
    expect(dk('<p>Cyklen er som ny, kun kørt 200 km.<br>Tak<br>Lena Marten</p>')).toEqual(['name lena marten']);
  });

  it("and other thanks are read as before in Poland", () => {
    const pl = at('https://www.qorvan.pl/oferta/1', 'PL');
    expect(pl('<p>Auto w bardzo dobrym stanie.<br>Pozdrawiam<br>Anna Berg</p>')).toEqual(['name anna berg']);
  });
});

describe("a make, its model's number and the car's year on a result card", () => {
  const found = foundAt('https://www.qorvan.ee/autod/otsing', 'EE');
  const phones = (html: string): string[] => found(page(html), 'EE', 'phone');

  it.each([
    ['BMW 520 1998 4100 €', '<span class="model">BMW 520</span> <span class="year">1998</span> <span class="price">4100 €</span>'],
    ['Volvo 240 1988', '<p>Volvo 240 1988</p>'],
    ['Mercedes-Benz 300 1985', '<p>Mercedes-Benz 300 1985</p>'],
    ['Saab 900 2002', '<p>Saab 900 2002, 1500 €</p>'],
  ])('is no phone: %s', (_what, html) => {
    expect(phones(html)).toEqual([]);
  });

  it.each([
    ['after a phone label', '<p>Tel 520 1998</p>', ['phone +3725201998']],
    ['a year that is no car\'s', '<p>Helista: 5320 2150</p>', ['phone +37253202150']],
    ['after a word that is no make', '<p>Kontakt 520 1998</p>', ['phone +3725201998']],
  ])('still a phone: %s', (_what, html, expected) => {
    expect(phones(html)).toEqual(expected);
  });
});

describe("a review's byline after an honorific", () => {
  const found = foundAt('https://www.qorvan.co.uk/brass-table-lamp', 'GB');
  const names = (html: string): string[] => found(page(html), 'GB', 'name');

  it.each([
    ['a day and a month\'s name', 'Mrs Lena Marten - 12th May 2011'],
    ['a month\'s name first', 'Mr Kamal Reilly - May 12, 2011'],
    ['in figures', 'Ms Anna Berg – 12/05/2011'],
    ['ISO', 'Mrs Ingrid Berg - 2011-05-12'],
  ])('is a customer\'s, not the seller\'s: %s', (_what, byline) => {
    expect(names(`<h2>Customer reviews</h2><p>5/5</p><p>${byline}</p><p>Lovely lamp, well packed.</p>`)).toEqual([]);
  });

  it("but the honorific's name before a number or a sentence is still read", () => {
    expect(names('<p>Please call Mrs Lena Marten - 020 7946 0555</p>')).toEqual(['name lena marten']);
    expect(names('<p>Mrs Lena Marten - owner since 2011</p>')).toEqual(['name lena marten']);
  });
});

describe("a street that opens with a saint's word, in capitals on a result card", () => {
  const found = foundAt('https://www.qorvan.com.ar/casas-venta.html', 'AR');
  const names = (html: string): string[] => found(page(html), 'AR', 'name');

  // (A phone's label two lines above, and a number after the words: a name's and its number's shape.)
  it.each(['SAN MARTIN 2750', 'SAN NICOLAS 1580', 'SAINTE ODILE 1240', 'SÃO BENTO 3150'])('is no name: %s', (street) => {
    expect(names(`<div class="card"><p>Casa 3 ambientes con patio</p><p>Contactar por WhatsApp</p><div class="postingAddress">${street}. Entre Lena y Marten</div></div>`)).toEqual([]);
  });

  it('a person after a contact label or a call verb is still read', () => {
    expect(names('<p>Casa 3 ambientes con patio.<br>Contacto: Lucía Gómez Marten<br>Tel. 341 555-0142</p>')).toEqual(['name lucía gómez marten']);
    expect(names('<p>Casa 3 ambientes con patio. Llamar a Lucía Gómez al 341 555-0142.</p>')).toEqual(['name lucía gómez']);
  });
});

describe("a shop's own product page, its software saying \"shop\" where the saved header shows no cart", () => {
  const found = foundAt('https://www.qorvan-optika.si/izdelki/sncna-ocala', 'SI');
  const shopPage = (head: string, header: string): string =>
    `<!doctype html><html><head>${head}</head><body><header>${header}</header>` +
    '<main><h1>Sončna očala</h1><p>Cena: 39,90 €</p><button type="button" class="add-to-basket">Dodaj</button></main>' +
    '<footer><p>Pokličite nas</p><p><a href="tel:+38640555142">040 555 142</a></p><p><a href="mailto:info@qorvan-optika.si">info@qorvan-optika.si</a></p></footer></body></html>';
  const header = '<ul><li><a href="tel:+38640555142">040 555 142</a></li><li><a href="mailto:info@qorvan-optika.si">info@qorvan-optika.si</a></li><li><a href="/index.php?route=account/register">Registracija</a></li><li><a href="/index.php?route=account/login">Prijava</a></li></ul>';

  it.each([
    ['OpenCart\'s theme', '<link href="catalog/view/theme/qorvan/stylesheet/stylesheet.css" rel="stylesheet">'],
    ['OpenCart\'s routes', '<script>var checkoutUrl = "index.php?route=checkout/cart";</script>'],
    ['Shopify', '<script src="https://cdn.shopify.com/s/files/1/0555/theme.js"></script>'],
    ['osCommerce\'s paths', '<link rel="canonical" href="https://www.qorvan-optika.si/product_info.php?products_id=66">'],
  ])('its own line and mailbox are the shop\'s: %s', (_what, head) => {
    expect(found(shopPage(head, header), 'SI').filter((f) => !f.startsWith('name'))).toEqual(['email info@qorvan-optika.si', 'phone +38640555142']);
  });

  it("osCommerce's paths in the content's links only, the head bearing no mark", () => {
    const products = '<p><a href="https://www.qorvan-optika.si/default.php/cPath/12_555/Ocala.html">Očala</a> <a href="/product_info.php/products_id/66/ocala.html">Sončna očala</a></p>';
    const page = shopPage('', header).replace('</main>', `${products}</main>`);
    expect(found(page, 'SI').filter((f) => !f.startsWith('name'))).toEqual(['email info@qorvan-optika.si', 'phone +38640555142']);
  });

  it('a mark in a text far below the head is no shop software', () => {
    const article = `<article>${'<p>Naš blog o očalih in lečah.</p>'.repeat(2000)}<p>Trgovino smo prenesli z Magento na novo platformo.</p></article>`;
    expect(found(shopPage('', header).replace('</main>', `${article}</main>`), 'SI').filter((f) => !f.startsWith('name'))).toEqual([]);
  });

  it("no shop software, or a portal's shop plugin (WooCommerce): its log-in and sign-up say \"marketplace\"", () => {
    expect(found(shopPage('', header), 'SI').filter((f) => !f.startsWith('name'))).toEqual([]);
    const woo = '<link rel="stylesheet" href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">';
    expect(found(shopPage(woo, header), 'SI').filter((f) => !f.startsWith('name'))).toEqual([]);
  });

  it('a posting control still says "marketplace", shop software or not', () => {
    const posting = header.replace('</ul>', '<li><a href="/dodaj-ogloszenie">Dodaj oglas</a></li></ul>');
    const head = '<link href="catalog/view/theme/qorvan/stylesheet/stylesheet.css" rel="stylesheet">';
    expect(found(shopPage(head, posting), 'SI').filter((f) => !f.startsWith('name'))).toEqual([]);
  });
});
