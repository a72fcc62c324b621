/**
 * From the 51st sealed round (found after its scoring): a Lithuanian car marketplace's result page
 * whose header says "Dėti skelbimą" (post an ad) and whose footer gives its help desk's mailbox
 * ("pagalba@", help): neither the control nor the desk's word was known, so the page was read as
 * an advertiser's own site and the desk's mailbox kept as the advertiser's. The same controls in
 * Latvian and Estonian. Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

const site = (header: string, content: string, footer: string): string =>
  `<!doctype html><html><body><header><nav><a href="/">Pradžia</a> <a href="/forumas">Forumas</a>${header}</nav></header>` +
  `<main><h1>Audi A6 skelbimai</h1><ul><li>Audi A6 2.0 TDI, 2012, 8 900 €</li><li>Audi A6 3.0 TDI, 2014, 12 500 €</li></ul>${content}</main>` +
  `<footer>${footer}</footer></body></html>`;

describe("a Baltic marketplace's controls and desks", () => {
  const URL_LT = 'https://www.autoturgus.example/skelbimai/automobiliai/audi/';
  const desk = (mailbox: string): string => `<div class="contacts"><strong>Rašyti čia:</strong> ${mailbox}</div>`;

  it.each([
    ['"Dėti skelbimą" (LT, post an ad)', ' <a href="/naujas-skelbimas/">Dėti skelbimą</a>', 'LT'],
    ['"Prisijungti" (LT, log in)', ' <a href="/mano/">Prisijungti</a>', 'LT'],
    ['"Ievietot sludinājumu" (LV, post an ad)', ' <a href="/jauns/">Ievietot sludinājumu</a>', 'LV'],
    ['"Lisa kuulutus" (ET, post an ad)', ' <a href="/uus/">Lisa kuulutus</a>', 'EE'],
  ])("make the page a marketplace's: %s, its footer's mailbox the platform's", (_what, header, country) => {
    expect(found(URL_LT, site(header, '', desk('kontaktai@autoturgus.example')), country, 'email')).toEqual([]);
  });

  it.each([
    ['pagalba@ (LT)', 'pagalba@autoturgus.example'],
    ['palidziba@ (LV)', 'palidziba@autoturgus.example'],
    ['klienditugi@ (ET)', 'klienditugi@autoturgus.example'],
  ])("a help desk's mailbox at the site's domain is the platform's: %s", (_what, mailbox) => {
    expect(found(URL_LT, site('', '', desk(mailbox)), 'LT', 'email')).toEqual([]);
  });

  it("but a dealer's own site with neither keeps its own mailbox and line", () => {
    const footer = '<p>UAB Autoturgus · Savanorių pr. 12 · Vilnius</p><p>Tel. +370 612 34567</p><p>info@autoturgus.example</p>';
    expect(found(URL_LT, site('', '', footer), 'LT')).toEqual(['email info@autoturgus.example', 'phone +37061234567']);
  });
});
