/**
 * How agents sign an ad: a name element holding the name, a line break and a job title; a
 * contact label opened by a symbol or inside brackets; the name on its own line a few lines
 * above its own mailbox; the broker's legal notice beside the ad's provider in the page data.
 * With what a page brings against each: a job title alone, a label word inside a sentence, a
 * mailbox of another person, the site's own legal notice at the page data's root. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.homes.example/ad/4242', 'DE');

describe('a seller box’s name element', () => {
  it('its first line only, without the honorific: "Herr Lukas Brenner<br>Teamleiter Vermietung Nord"', () => {
    const box = '<div class="seller-box"><p class="contactname"><span>Herr  Lukas Brenner</span><br><span>Teamleiter Vermietung Nord</span></p></div>';
    expect(found(page(box), 'DE', 'name')).toEqual(['name lukas brenner']);
  });
  it('a lone honorific and surname keep the surname', () => {
    expect(found(page('<div class="seller-box"><p class="contactname">Frau Lindqvist</p></div>'), 'DE', 'name')).toEqual(['name lindqvist']);
  });
});

describe('a contact label opened by a symbol or a bracket', () => {
  it.each([
    ['✅ KONTAKT:<br>Ivana Horvat<br>agentica', 'name ivana horvat'],
    ['📞 Kontakt: Ivana Horvat', 'name ivana horvat'],
    ['Razgledavanje (Kontakt: Ivana Horvat, Agencija Dom)', 'name ivana horvat'],
  ])('%s', (body, want) => {
    expect(found(page(`<p>${body}</p>`), 'HR', 'name')).toEqual([want]);
  });
  it('not a label word inside a sentence', () => {
    expect(found(page('<p>Za kontakt: pogledajte oglas</p><p>Imate pitanja (kontakt forma ispod)</p>'), 'HR', 'name')).toEqual([]);
  });
});

describe('a name a few lines above its own mailbox', () => {
  it('a signature block: name, title, phones, e-mail with the first initial and the surname', () => {
    const sig = '<p>Vesna Marković<br>Voditeljica prodaje<br>Mob: +385 91 777 1122<br>Tel: +385 1 777 3344<br>E-mail: v.markovic@agency.example</p>';
    expect(found(page(sig), 'HR', 'name')).toEqual(['name vesna marković']);
  });
  it.each([
    // (Without a phone line right under the name: a name above its labelled number is a card's,
    // whatever mailbox follows; contact-cards-and-team-pages.test.ts.)
    ['a mailbox of someone else', '<p>Vesna Marković<br>Voditeljica prodaje<br>E-mail: info@agency.example</p>'],
    ['a name too far above', '<p>Vesna Marković</p><p>a</p><p>b</p><p>c</p><p>d</p><p>e</p><p>E-mail: v.markovic@agency.example</p>'],
    ['a firm’s words as its mailbox (no known name)', '<p>Nordic Homes<br>Tel: +385 1 777 3344<br>nordic.homes@agency.example</p>'],
  ])('not %s', (_, body) => {
    expect(found(page(body), 'HR', 'name')).toEqual([]);
  });
});

describe('a legal notice in the page data', () => {
  // Its representative is read too since 2f0f9e9, as a legal notice's "vertreten durch …" in the
  // page's text is (imprint-representatives.test.ts): the firm's person, as its owner would be.
  it('beside the ad’s provider or broker: the advertiser’s, its number and its representative read', () => {
    const html = page('<p>Wohnung</p>') + nextData({ estate: { provider: { company: 'Haus GmbH' }, broker: { lastName: '' }, imprint: { structured: { telefon: '+49 211 550173-0', vertretungsberechtigter: 'Anna Schmidt' } } } });
    expect(found(html, 'DE')).toEqual(['name anna schmidt', 'phone +492115501730']);
  });
  it('at the page data’s root: the site’s own, skipped', () => {
    const html = page('<p>Wohnung</p>') + nextData({ imprint: { telefon: '+49 211 550173-0' }, estate: { title: 'Wohnung' } });
    expect(found(html, 'DE')).toEqual([]);
  });
});
