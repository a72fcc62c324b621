/**
 * Names read from a page's layout and prose (a seller box, a profile link, a sentence) are kept
 * only when they hold a known given or family name; names the page's data states as a person's,
 * and names after an honorific, are not held to that. Also the agent's portrait on a result card
 * and a phone field's country picker. Written from the cases an adversary (a page) brings: shop
 * and project names, handles, UI words and country names where a person's name would be. All
 * values are invented.
 */
import { describe, expect, it } from 'vitest';
import { hasKnownName } from '../../../lambdas/collect/extract/given-names.js';
import { FAMILY_NAMES_TEXT, GIVEN_NAMES_TEXT } from '../../../lambdas/collect/extract/given-names-list.js';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';
import { nameLists, render } from '../../../scripts/given-names.js';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.market.example/ad/90210', 'NO');
const sellerBox = (name: string): string => `<div class="seller-box"><p class="seller-name">${name}</p></div>`;

describe('hasKnownName', () => {
  it.each([
    ['a Norwegian given name and family name', 'Kari Nordmann'],
    ['a German given name of an older generation, by its family name', 'Jürgen Schäfer'],
    ['an initial and a family name', 'A. Sommer'],
    ['a Spanish double family name', 'Lucía Fernández Ortega'],
    ['Cyrillic', 'Ольга Смирнова'],
    ['Greek', 'Γιώργος Παπαδόπουλος'],
    ['a Chinese name run together (family name first)', '王小明'],
    ['a Japanese name run together', '佐藤一郎'],
    ['a Korean name run together', '김민서'],
    ['upper case, as some registries write it', 'ANNA BERG'],
  ])('%s is known', (_, name) => {
    expect(hasKnownName(name)).toBe(true);
  });

  it.each([
    ['a shop', 'Bluegate Autoparts'],
    ['a housing project', 'Skyline Orchard Heights'],
    ['a handle', 'drdoom'],
    ['a glued handle with a name inside', 'violetpearl'],
    ['a button', 'Update Credit Card'],
    ['a status badge', 'Under Contract'],
    ['a label word', 'Region:'],
    ['a particle alone', 'de'],
    ['a single Latin letter', 'K'],
    ['nothing', ''],
  ])('%s is not', (_, name) => {
    expect(hasKnownName(name)).toBe(false);
  });

  // Markets whose faker locale holds few given names or none (scripts/given-names.ts, MARKET_GIVEN),
  // with invented family names: the given name alone vouches.
  it.each([
    ['Hungarian, family name first', 'Zolvárdi Ildikó'],
    ['Hungarian', 'Kravenyi Zsuzsanna'],
    ['Lithuanian', 'Gintarė Dravelytė'],
    ['Estonian', 'Triin Pruuvel'],
    ['Bulgarian', 'Десислава Кравчева'],
    ['Latvian', 'Ilze Zvirgzdiņa'],
    ['Greek', 'Μανώλης Καλπακίδης'],
    ['Malay', 'Syafiq Zarvelin'],
    ['Malay too', 'Hazwan Zarvelin'],
    ['English short form', 'Jen Zarvelin'],
    // German given names of gender-detection-from-name's list, which faker's lack
    ['German (Gesine)', 'Gesine Zarvelin'],
    ['German (Friedhelm)', 'Friedhelm Zarvelin'],
    ['Polish', 'Wojciech Zarvelin'],
    ['Dutch', 'Liesbeth Zarvelin'],
    ['Basque', 'Itziar Zarvelin'],
  ])('a %s name is one', (_, name) => {
    expect(hasKnownName(name)).toBe(true);
  });

  it('the committed list is what scripts/given-names.ts builds from the installed faker', () => {
    const lists = nameLists();
    expect(lists.given.join(' ')).toBe(GIVEN_NAMES_TEXT);
    expect(lists.family.join(' ')).toBe(FAMILY_NAMES_TEXT);
    expect(render(lists)).toContain(JSON.stringify(GIVEN_NAMES_TEXT));
  });

  it("the German list's words that are also English, German or French words or brands, or a known family name, stay unknown as given names", async () => {
    const { isFamilyName, isGivenName } = await import('../../../lambdas/collect/extract/given-names.js');
    for (const w of ['rock', 'hella', 'viet', 'edit', 'curie', 'ferry']) expect(isGivenName(w), w).toBe(false);
    // ("Dietrich" and "Eberhard" are in the German list, and family names here: they stay family names.)
    for (const w of ['dietrich', 'eberhard']) expect(isFamilyName(w), w).toBe(true);
  });

  it('the list vouches for no particle, UI word or trade word', () => {
    const words = new Set(`${GIVEN_NAMES_TEXT} ${FAMILY_NAMES_TEXT}`.split(' '));
    for (const w of ['de', 'van', 'von', 'contact', 'kontakt', 'auto', 'motors', 'gmbh', 'privat', 'dealer']) expect(words.has(w)).toBe(false);
  });
});

describe('names from the layout and prose need a known name; names stated by the data do not', () => {
  it('a seller box that names a person is read', () => {
    expect(found(page(sellerBox('Kari Nordmann')), 'NO', 'name')).toEqual(['name kari nordmann']);
  });

  it.each([
    ['a housing project in the seller box', 'Skyline Orchard Heights'],
    ['a dealer without a trade word', 'Raikor Vestcroft'],
    ['a card status', 'Under Contract'],
    ['a handle', 'Drdoom'],
  ])('%s is not stored as a name', (_, value) => {
    expect(found(page(sellerBox(value)), 'NO', 'name')).toEqual([]);
  });

  it('the same unknown name stated as the seller’s by the page data is kept', () => {
    const html = page(`<p>Nice car</p>`) + nextData({ ad: { seller: { name: 'Zorvak Quillen', phone: '+47 412 83 920' } } });
    expect(found(html, 'NO', 'name')).toEqual(['name zorvak quillen']);
  });

  it('the same unknown name as schema.org seller is kept', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Product', name: 'Bike', offers: { '@type': 'Offer', seller: { '@type': 'Person', name: 'Zorvak Quillen' } } };
    const html = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><p>Bike</p>`);
    expect(found(html, 'NO', 'name')).toEqual(['name zorvak quillen']);
  });

  it('an unknown family name after an honorific is kept (the honorific says it is a person)', () => {
    expect(found(page('<p>Please ask for Mr. Quillen at the front desk.</p>'), 'GB', 'name')).toEqual(['name quillen']);
  });

  it.each([
    ['after a seller label', (n: string) => `<p>Kontaktperson: ${n}</p>`],
    ['as an avatar’s alt text', (n: string) => `<div><img class="avatar" src="/u/1.jpg" alt="${n}"></div>`],
    ['as a profile link’s text', (n: string) => `<p><a href="/profil/88123">${n}</a></p>`],
  ])('a name %s is read when known and not otherwise', (_, shape) => {
    expect(found(page(shape('Kari Nordmann')), 'NO', 'name')).toEqual(['name kari nordmann']);
    expect(found(page(shape('Skyline Orchard')), 'NO', 'name')).toEqual([]);
  });

  it('an unknown name after a contact verb is not (capitals alone do not make a person)', () => {
    expect(found(page('<p>Call Skyline Orchard on 020 7946 0000.</p>'), 'GB', 'name')).toEqual([]);
  });

  it('a per-source rule’s name is the operator’s choice and is kept', async () => {
    const { extractFindings } = await import('../../../lambdas/collect/extract/index.js');
    const html = page('<p class="who">Zorvak Quillen</p>');
    const names = extractFindings(html, { url: 'https://www.market.example/ad/1', country: 'NO', rules: { fields: { name: '.who' } } })
      .filter((f) => f.kind === 'name')
      .map((f) => f.value);
    expect(names).toEqual(['zorvak quillen']);
  });
});

describe('an agent’s portrait on a result card', () => {
  const card = (caption: string, alt: string): string =>
    `<article class="result-card"><p class="price">$399,000</p><figure><div><img src="/a.jpg" alt="${alt}" title="${alt}"/></div><figcaption>${caption}</figcaption></figure></article>`;

  it('a caption that opens the photo’s alt text, then the agency, names the agent', () => {
    expect(found(page(card('Dana Whitfield', 'Dana Whitfield, Harbour Realty - Bathurst ')), 'AU', 'name')).toEqual(['name dana whitfield']);
  });

  it('every card’s agent on a result page is read', () => {
    const html = page(card('Dana Whitfield', 'Dana Whitfield, Harbour Realty') + card('Lloyd Pemberton', 'Lloyd Pemberton | Coast Agents'));
    expect(found(html, 'AU', 'name')).toEqual(['name dana whitfield', 'name lloyd pemberton']);
  });

  it.each([
    ['a product photo’s caption', card('Front Left', 'Front Left, exterior')],
    ['a caption the photo does not repeat', card('Dana Whitfield', 'Kitchen with island bench')],
    ['a caption that only starts a longer word of the alt text', card('Dana White', 'Dana Whitewood, Harbour Realty')],
    ['a suburb', card('Palm Beach', 'Palm Beach, Queensland')],
    ['one word', card('Dana', 'Dana, Harbour Realty')],
  ])('%s is not a name', (_, html) => {
    expect(found(page(html), 'AU', 'name')).toEqual([]);
  });
});

describe('a phone field’s country picker in the seller box', () => {
  const picker = ['Jordan', 'Georgia', 'Chad', 'Israel', 'Svalbard and Jan Mayen', 'Saint Lucia']
    .map((c, i) => `<li class="country standard" role="option" data-dial-code="${960 + i}"><span class="country-name">${c}</span><span class="dial-code">+${960 + i}</span></li>`)
    .join('');

  it('lists countries, not people', () => {
    const html = page(`<div class="seller-box"><p>Call the seller</p><div class="iti"><ul class="country-list" role="listbox">${picker}</ul></div></div>`);
    expect(found(html, 'AE', 'name')).toEqual([]);
  });

  it('a country picker written as <select> options is not read either', () => {
    const html = page(`<div class="seller-box"><select><option class="country-name">Jordan</option><option class="country-name">Georgia</option></select></div>`);
    expect(found(html, 'AE', 'name')).toEqual([]);
  });

  it('a country’s English name is not a person’s name, even where a name would be', () => {
    for (const c of ['Jordan', 'Georgia', 'Chad', 'Svalbard & Jan Mayen', 'Saint Lucia']) expect(plausibleName(c, true)).toBe(false);
    expect(plausibleName('Jordan Vale', true)).toBe(true);
  });
});

describe('a seller-type badge in the seller’s name element', () => {
  it.each([
    ['Spanish', 'Profesional'],
    ['Spanish, private', 'Particular'],
    ['Portuguese', 'Profissional'],
    ['Italian', 'Privato'],
  ])('%s "%s" before the name is not part of a name', (_, badge) => {
    const html = page(`<div class="seller-box"><p class="seller-name">${badge} Lucía</p></div>`);
    expect(found(html, 'ES', 'name')).toEqual([]);
  });
});

describe('a member’s link by a query parameter, and "Maître" before a lawyer’s name', () => {
  const de = foundAt('https://www.market.example/s-anzeige/motorrad/2000000001', 'DE');

  it.each([
    ['userId', '/s-bestandsliste.html?userId=41000017'],
    ['seller_id', '/ads?seller_id=9921&page=1'],
    ['memberId', '/list.php?x=1&memberId=ab-12'],
  ])('a link to a member’s ads by %s names the member', (_, href) => {
    const html = page(`<div id="viewad-contact"><span class="userprofile"><a href="${href}"> Kari Nordmann</a></span><span>Privater Nutzer</span></div>`);
    expect(de(html, 'DE', 'name')).toEqual(['name kari nordmann']);
  });

  it.each([
    ['a UI phrase', 'Alle Anzeigen'],
    ['an unknown shop name', 'Bluegate Autoparts'],
  ])('%s behind such a link is not a name', (_, text) => {
    expect(de(page(`<p><a href="/s-bestandsliste.html?userId=41000017">${text}</a></p>`), 'DE', 'name')).toEqual([]);
  });

  it('an id parameter of something else (an ad, a category) does not make a member link', () => {
    expect(de(page('<p><a href="/s-anzeige.html?adId=2000000001">Kari Nordmann</a></p>'), 'DE', 'name')).toEqual([]);
  });

  it('"Maître" opens a French lawyer’s name', () => {
    const fr = foundAt('https://www.auctions.example/vente/7781', 'FR');
    expect(fr(page('<h3>Maître Jeanne Quillard, Avocat</h3>'), 'FR', 'name')).toEqual(['name jeanne quillard']);
  });
});
