/**
 * Found on the 159th sealed round's Polish firms' own sites, after their scoring: a sole trader's
 * firm is named by law with its owner's name, often after a brand ("Qorvex Stanisław Berg"), and
 * the site prints it so in its heading, its title or its footer's address block. The cases an
 * adversary would bring: a brand that is not the site's, a desk's or a team's words after the
 * brand, names the known names lack, a site that is not its own (no own mailbox or number). Every
 * name, number and site here is invented.
 */
import { describe, expect, it } from 'vitest';
import { ownersAfterBrand } from '../../../lambdas/collect/extract/names.js';
import { foundAt } from './found.js';

const found = foundAt('https://qorvex.example.pl/', 'PL');
const ownSite = (header: string, title = 'Qorvex - instalacje elektryczne'): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><header>${header}</header>` +
  '<main><h1>Instalacje elektryczne</h1><p>Wykonujemy instalacje w domach i biurach.</p></main>' +
  '<footer><p>tel. 605 555 142</p><p>sekretariat@qorvex.example.pl</p></footer></body></html>';
const names = (header: string, title?: string): string[] => found(ownSite(header, title), 'PL', 'name');

describe("a sole trader's firm, its brand and then its owner", () => {
  it.each([
    ['in the heading', '<h2>Qorvex Stanisław Berg</h2>', 'name stanisław berg'],
    ['typed without Polish letters', '<h2>Qorvex Stanislaw Berg</h2>', 'name stanislaw berg'],
    ['in capitals', '<h2>QORVEX STANISŁAW BERG</h2>', 'name stanisław berg'],
    ['the brand in quotes, trade words between', '<h2>"Qorvex" Usługi Remontowe Anna Berg</h2>', 'name anna berg'],
    ['over the address block', '<h4>Qorvex Anna Berg<br>ul. Lipowa 3<br>00-950 Wendelstadt<br>NIP: 824-555-01-42</h4>', 'name anna berg'],
  ])('%s: the owner', (_what, header, expected) => {
    expect(names(header)).toEqual([expected]);
  });

  it("in the title's part", () => {
    expect(names('<h2>Instalacje</h2>', 'Instalacje elektryczne - Qorvex Anna Berg - Strona główna')).toEqual(['name anna berg']);
  });

  it.each([
    ["another brand's", '<h2>Wendelbau Anna Berg</h2>'],
    ["a team's words", '<h2>Qorvex Sales Team</h2>'],
    ["a place's", '<h2>Qorvex Nowa Huta</h2>'],
    ['names the known names lack', '<h2>Qorvex Tarvik Ossendrel</h2>'],
  ])('%s after the brand: no name', (_what, header) => {
    expect(names(header)).toEqual([]);
  });

  it('on a page that is not its own site (no own mailbox or number): no name', () => {
    const portal = foundAt('https://www.qorvan-portal.example.pl/firmy/qorvex', 'PL');
    const html = '<!doctype html><html><body><main><h2>Qorvex Anna Berg</h2><p>Instalacje elektryczne.</p></main></body></html>';
    expect(portal(html, 'PL', 'name')).toEqual([]);
  });

  it("reads the brand as the site's domain or host label spells it", () => {
    expect(ownersAfterBrand(['REM-QOR ANNA BERG'], ['remqor', 'hosting'])).toEqual(['ANNA BERG']);
    expect(ownersAfterBrand(['REM-QOR ANNA BERG'], ['hosting'])).toEqual([]);
  });
});
