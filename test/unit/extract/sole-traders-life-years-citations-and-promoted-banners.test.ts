/**
 * From the 97th sealed round: a sole trader's name before "s.p.", "e.K." or "e.U."; people
 * written with their years of birth and death; a model's code, a court's file number and a law
 * journal's citation that have a plate's shape; a result page's banner of promoted brokers; a car
 * trade's compound word as a dealer's name in page data. Every name, number and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

describe("a sole trader's name before the legal form", () => {
  const portal = foundAt('https://www.wendell-si.example/oglasi/', 'SI');

  it("gives the owner of an s.p. named after the trade's name, in a card's tooltip and in the text", () => {
    const card = '<a href="/oglasi/1/" title="041/555-017<br />Nepremičnine Wendell, Anžej Marten s.p.">Kontakt</a>';
    expect(portal(page(`<h1>Stanovanja</h1>${card}<p>Agencija Wendell, Lena Marten s.p., Ljubljana</p>`), 'SI', 'name')).toEqual([
      'name anžej marten',
      'name lena marten',
    ]);
  });

  it("gives no trade's name written before the form, nor a name with a trade's word", () => {
    expect(portal(page('<h1>Stanovanja</h1><p>Avtohiša Wendell s.p., Kranj</p><p>Wendell, Marten Nepremičnine s.p.</p>'), 'SI', 'name')).toEqual([]);
  });

  it('gives an e.K. or an e.U. only when a known given name and a known family name make it', () => {
    const shop = foundAt('https://www.wendell-bau.example/impressum', 'DE');
    expect(shop(page('<h1>Impressum</h1><p>Lena Schmidt e.K., Hauptstraße 1</p><p>Wendell Bau e.K.</p><p>Kamal Wendt e.U.</p>'), 'DE', 'name')).toEqual([
      'name lena schmidt',
    ]);
  });

  it('reads nothing where the form is not there', () => {
    expect(portal(page('<h1>Stanovanja</h1><a href="/o/" title="Nepremičnine Wendell, Anžej Marten">Kontakt</a>'), 'SI', 'name')).toEqual([]);
  });
});

describe('people written with their years of birth and death', () => {
  const club = foundAt('https://www.wendell-feuerwehr.example/news/teil-12', 'DE');

  it("are a history's people, not contacts", () => {
    const history = '<h1>Die Firma</h1><p>1921 übernahm sein Neffe, Dipl.-Ing. Kamal Reilly (1881-1960), die Leitung.</p><p>Herr Lena Marten (* 1881; † 1960) leitete das Werk.</p>';
    expect(club(page(history), 'DE', 'name')).toEqual([]);
  });

  it('keeps a contact whose brackets hold a year alone, a number or a post', () => {
    const contacts = '<h1>Kontakt</h1><p>Weitere Informationen erteilt Herr Kamal Reilly (seit 1998 Wehrführer), Tel. 030 5550142.</p>';
    expect(club(page(contacts), 'DE', 'name')).toEqual(['name kamal reilly']);
  });
});

describe("a model's code or a citation of a plate's shape", () => {
  const history = foundAt('https://www.wendell-feuerwehr.example/news/teil-12', 'DE');

  it('is no plate when a variant\'s letters follow it', () => {
    expect(history(page('<p>Das Löschfahrzeug steht auf dem Fahrgestell Modell WEN K 9 TL.</p><p>LF 8, WEN K 9 TL, Baujahr 1951</p>'), 'DE', 'plate')).toEqual([]);
  });

  it("is no plate in a court's file number or a law journal's citation", () => {
    const ruling = '<h1>Urteil</h1><p>Az. I ZR 123/07 vom 1.2.2009.</p><p>(BGH, Urt. v. 1.3.2007 – VI ZR 45/06; OLG Celle GRUR-RR 2004, 1234, 1235; MMR 2005, 12)</p>';
    expect(history(page(ruling), 'DE', 'plate')).toEqual([]);
  });

  it("is still a plate where the shape ends as a word, or after a plate's label", () => {
    expect(history(page('<p>Unser Wagen M AB 123 steht bereit.</p><p>Kennzeichen: B XY 77 TL</p>'), 'DE', 'plate')).toEqual(['plate DE:BXY77', 'plate DE:MAB123']);
  });
});

describe("a result page's banner of promoted brokers", () => {
  const portal = foundAt('https://www.wendell-nt.example/butu-nuoma/', 'LT');
  const card = '<div class="agent-card"><div class="agent-name">Lena Marten</div><a href="tel:+37061555014">+370 615 55014</a></div>';
  const results = (cls: string): string => page(`<h1>Butai</h1><p>Butų nuoma Vilniuje, 3 kambariai.</p><div class="${cls}">${card}</div>`);

  it('gives none of their cards: advertisers of their own, not the listings\'', () => {
    for (const cls of ['vip-banner', 'promo-banner', 'sponsored_banner', 'ad-banner__brokers', 'promoted-agents-banner', 'advertising-banner']) {
      expect(portal(results(cls), 'LT')).toEqual([]);
    }
  });

  it("still reads an agent's card in a page's own banner", () => {
    for (const cls of ['hero-banner', 'page-banner', 'lead-banner', 'agent-banner']) {
      expect(portal(results(cls), 'LT')).toEqual(['name lena marten', 'phone +37061555014']);
    }
  });
});

describe("a car trade's compound word in page data's owner name", () => {
  const results = foundAt('https://www.wendell-trader.example/used-vehicles/', 'US');

  it("is a dealer's name, not a person's", () => {
    for (const ownerName of ['KR Autowendell', 'Autoland Wendell']) {
      expect(results(page(`<h1>Cars</h1>${nextData({ inventory: { 1: { ownerName, owner: 77 } } })}`), 'US', 'name')).toEqual([]);
    }
  });

  it("still gives a person's name there, and a name that starts with 'Auto' but is short", () => {
    expect(results(page(`<h1>Cars</h1>${nextData({ inventory: { 1: { ownerName: 'Lena Marten' }, 2: { ownerName: 'Kamal Autor' } } })}`), 'US', 'name')).toEqual([
      'name kamal autor',
      'name lena marten',
    ]);
  });
});
