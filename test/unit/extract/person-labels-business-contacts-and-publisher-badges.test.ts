/**
 * Found on the 158th sealed round's pages, after their scoring:
 * - a business association's members' list gives "Contact Name: …" under each firm, and the names the
 *   known names lack were dropped;
 * - a Polish result page's ads flagged a business's hold the shop's name in their contact
 *   person's object, and private members type "for sale" where their name goes;
 * - a Russian result page's cards name their seller in a profile object, a title beside a link to
 *   the seller's page;
 * - a French portal's cards name an independent agent on the network's badge, in its logo's alt
 *   text ("SURNAME Given   Network"), and the card's description names them again, in the other order.
 * The cases an adversary would bring sit beside each: labels that head a firm or a desk, a
 * shop's name and a handle under a person's key, a profile with no seller's link, an alt text
 * that is a firm's name alone. Every name, number and site here is invented ("Tarvik Ossendrel"
 * is a name the known names lack).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a label that names a person and nothing else, with its colon', () => {
  const found = foundAt('https://www.qorvan.example.com/members/list', 'US');
  const card = (line: string): string =>
    page(`<h3>Qorvan Heating</h3><p>Boilers fitted and serviced</p><div><span>${line}</span><br><span>Phone: 206-555-0142</span></div>`);

  it.each([['Contact Name: Tarvik Ossendrel'], ['Contact person: Tarvik Ossendrel'], ['Contact Name: Tarvik J. Ossendrel']])(
    '"%s": the name, though the known names lack it',
    (line) => {
      expect(found(card(line), 'US', 'name')).toEqual([`name ${line.slice(line.indexOf(':') + 2).toLowerCase()}`]);
    },
  );

  it('a known name after it, as before', () => {
    expect(found(card('Contact Name: Lena Marten'), 'US', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a label that may head a firm or a desk', 'Contact: Tarvik Ossendrel'],
    ['the label without its colon', 'Contact Name Tarvik Ossendrel'],
    ['one word', 'Contact Name: Tarvik'],
    ["a desk's words", 'Contact Name: Customer Service'],
    ["a team's", 'Contact Name: Sales Team'],
  ])('%s: no unknown name', (_what, line) => {
    expect(found(card(line), 'US', 'name')).toEqual([]);
  });

  it('the label alone, no number or mailbox on the next line: no unknown name', () => {
    expect(found(page('<h3>Qorvan Heating</h3><p>Contact Name: Tarvik Ossendrel</p><p>Boilers fitted and serviced</p>'), 'US', 'name')).toEqual([]);
  });

  it('a mailbox on the next line makes it a contact block too', () => {
    expect(found(page('<h3>Qorvan Heating</h3><p>Contact Name: Tarvik Ossendrel</p><p>Email: office@qorvan.example.com</p>'), 'US', 'name')).toEqual(['name tarvik ossendrel']);
  });

  it('in German: "Ansprechpartner: …"', () => {
    const de = foundAt('https://www.qorvan.example.de/firmen', 'DE');
    expect(de(page('<h3>Qorvan GmbH</h3><p>Ansprechpartner: Tarvik Ossendrel</p><p>Telefon: 030 555 01 42</p>'), 'DE', 'name')).toEqual(['name tarvik ossendrel']);
  });
});

describe("a result page's ads: a business's contact object, and words typed where a name goes", () => {
  const found = foundAt('https://www.qorvan.example.pl/dom-i-ogrod/meble/', 'PL');
  const resultPage = (ads: Record<string, unknown>[]): string => {
    const state = { search: { ads: ads.map((ad, i) => ({ id: 880000 + i, title: `Szafa ${i}`, price: { value: 900 }, ...ad })) } };
    return `<!doctype html><html><body><main><h1>Meble</h1></main><script>window.__PRERENDERED_STATE__ = ${JSON.stringify(JSON.stringify(state))};</script></body></html>`;
  };
  const names = (ads: Record<string, unknown>[]): string[] => found(resultPage(ads), 'PL', 'name');

  it.each([
    ["a shop's name in capitals", 'QORVAN TELEKOM'],
    ['one word no one is known to bear', 'Qorvantrade'],
    ['two words, neither a known name', 'Qorvan Serwis'],
  ])('an ad flagged a business\'s, %s in its contact object: no name', (_what, name) => {
    expect(names([{ isBusiness: true, contact: { name, chat: true } }])).toEqual([]);
  });

  it.each([
    ['a known given name alone', 'Lena', 'name lena'],
    ['a known full name', 'Anna Berg', 'name anna berg'],
  ])("an ad flagged a business's, %s in its contact object: its person", (_what, name, expected) => {
    expect(names([{ isBusiness: true, contact: { name, chat: true } }])).toEqual([expected]);
  });

  it("a private member's contact object keeps a name the known names lack, as before", () => {
    expect(names([{ isBusiness: false, contact: { name: 'Tarvik Ossendrel', chat: true } }])).toEqual(['name tarvik ossendrel']);
  });

  it.each([['Verkaufe'], ['Vendo'], ['Prodám'], ['Продаю']])('"%s" ("for sale", "I sell") as the name: no name', (name) => {
    expect(names([{ isBusiness: false, contact: { name, chat: true } }])).toEqual([]);
  });

  it.each([['QorvanMax S'], ['LenaShop K']])('"%s", a handle with a capital inside its first word and an initial: no name', (name) => {
    expect(names([{ isBusiness: false, contact: { name, chat: true } }])).toEqual([]);
  });

  it('a surname with its prefix\'s capital ("McLean") is still a name', () => {
    expect(names([{ isBusiness: false, contact: { name: 'Anna McLean', chat: true } }])).toEqual(['name anna mclean']);
  });
});

describe("a result card's seller profile: its title beside a link to the seller's page", () => {
  const found = foundAt('https://www.qorvan.example.ru/wendelstadt/mebel', 'RU');
  const resultPage = (profile: Record<string, unknown>): string => {
    const state = { items: [{ id: 1, title: 'Шкаф', description: 'Шкаф из массива дуба, две двери, полки внутри; самовывоз.', price: 9000, blocks: [{ component: 'seller', payload: { rating: 4.5, profile } }] }] };
    return `<!doctype html><html><body><main><h1>Мебель</h1></main><script type="mime/invalid" data-app="state">${JSON.stringify(state)}</script></body></html>`;
  };
  const names = (profile: Record<string, unknown>): string[] => found(resultPage(profile), 'RU', 'name');

  it.each([
    ['a brand page', { title: 'Тимофей Марченко', link: '/brands/7f3a21?src=card' }, 'name тимофей марченко'],
    ["a user's page", { title: 'Anna Berg', link: '/user/5550142' }, 'name anna berg'],
    ['a whole address', { title: 'Олена', url: 'https://www.qorvan.example.ru/profile/ab12' }, 'name олена'],
  ])('%s: the title, a known name', (_what, profile, expected) => {
    expect(names(profile)).toEqual([expected]);
  });

  it.each([
    ["a shop's name", { title: 'Qorvan Moebelhaus', link: '/brands/7f3a21' }],
    ['a name the known names lack', { title: 'Tarvik Ossendrel', link: '/brands/7f3a21' }],
    ["a link to a catalogue, not a seller's page", { title: 'Anna Berg', link: '/catalog/tv' }],
    ['no link', { title: 'Anna Berg' }],
  ])('%s: no name', (_what, profile) => {
    expect(names(profile)).toEqual([]);
  });
});

describe("a result card's publisher badge: an independent agent and their network", () => {
  const found = foundAt('https://www.qorvan.example.fr/annonces/vente/', 'FR');
  const card = (alt: string, description = 'Maison de 5 pièces avec jardin, proche des écoles.'): string =>
    page(
      `<div class="result-card"><div data-testid="card-agency-publisher"><button><div><img src="/a/1.jpg" alt="${alt}"></div></button></div>` +
        `<div class="card-description">${description}</div><p>333 000 €</p></div>`,
    );

  it.each([
    ['the surname in capitals first, then the network', 'MARTEN Lena   Qorvan France', 'name marten lena'],
    ['the network first, then the name', 'Qorvan France  Lena Marten', 'name lena marten'],
    ["the agent's role between name and network", 'MARTEN Lena Agent mandataire Qorvan', 'name marten lena'],
    ["a firm before the name, the role after", 'QORVAN CONSEIL Lena Marten Mandataire indépendante Qorvan', 'name lena marten'],
  ])('%s: the agent', (_what, alt, expected) => {
    expect(found(card(alt), 'FR', 'name')).toEqual([expected]);
  });

  it.each([
    ["a firm's name alone", 'Qorvan Immobilier'],
    ['a firm and its town', 'Qorvan Immobilier   Wendelstadt'],
    ['a name the known names lack', 'OSSENDREL Tarvik   Qorvan France'],
  ])('%s: no name', (_what, alt) => {
    expect(found(card(alt), 'FR', 'name')).toEqual([]);
  });

  it('the description names the agent in the other order: one name', () => {
    expect(found(card('MARTEN Lena   Qorvan France', 'Lena MARTEN vous propose cette maison de 5 pièces avec jardin.'), 'FR', 'name')).toEqual(['name marten lena']);
  });
});
