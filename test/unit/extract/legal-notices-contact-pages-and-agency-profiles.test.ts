/**
 * From the fix round on the 69th sealed round (m71a, m71b, m71c): a business's own contact and
 * legal-notice pages (its own mailbox in the content, written "(at)" or plainly, and the number
 * under it), the blocks a legal notice gives to the chamber, the arbitration board or the web host
 * that oversee or serve the business, the person a legal notice makes answerable, a form's
 * customer-type switch and an administration column that are no marketplace's, agency profiles
 * with the firm between the person and the title, and Polish and Balkan degrees around names. With
 * the cases an adversary would bring: the same mailbox once on an agency's ad, a desk's mailbox, a
 * private seller's badge alone, a log-in in a header, the business's own block after a chamber's.
 * All values and texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a business's own contact or legal-notice page: its own mailbox in the content is the seller's", () => {
  const contact = foundAt('https://www.wendell-giardini.ch/contatti.html', 'CH');
  const body = '<h1>Contatti</h1><p>Email: info@wendell-giardini.ch</p><p>Telefono: 076 555 01 42</p>';

  it('the mailbox and the number under it, on a page whose address says "contact"', () => {
    expect(contact(page(body))).toEqual(['email info@wendell-giardini.ch', 'phone +41765550142']);
  });

  it('a legal notice\'s mailbox written "(at)", beside the office\'s number', () => {
    const de = foundAt('https://www.wendell-recht.de/impressum', 'DE');
    const html = page('<h1>Impressum</h1><p>Lena Marten</p><p>Telefon: 030 555 01 42</p><p>E-Mail: kanzlei(at)wendell-recht.de</p>');
    expect(de(html, 'DE', 'email')).toEqual(['email kanzlei@wendell-recht.de']);
  });

  it('on any page of the site, a mailbox it prints twice (its header line and its contact block)', () => {
    const home = foundAt('https://www.wendell-adres.pl/', 'PL');
    const html = page('<p>Oferta | biuro@wendell-adres.pl | 61 555 01 42</p><h1>O firmie</h1><p>Agencja Wendell</p><p>tel. 61 555 01 42</p><p>e-mail: biuro@wendell-adres.pl</p>');
    expect(home(html)).toEqual(['email biuro@wendell-adres.pl', 'phone +48615550142']);
  });

  it("not on an agency's ad that shows its office's mailbox once, nor a desk's mailbox on its contact page", () => {
    const ad = foundAt('https://www.wendell-giardini.ch/annunci/villa-12.html', 'CH');
    expect(ad(page(body), 'CH', 'email')).toEqual([]);
    const desk = page('<h1>Contatti</h1><p>Email: support@wendell-giardini.ch</p><p>Telefono: 076 555 01 42</p>');
    expect(contact(desk, 'CH', 'email')).toEqual([]);
  });
});

describe("a legal notice's block for the chamber, the arbitration board or the host", () => {
  const de = foundAt('https://www.wendell-recht.de/impressum', 'DE');
  const own = '<h1>Impressum</h1><p>Lena Marten<br>Telefon: 030 555 01 42<br>E-Mail: lena@wendell-recht.de</p>';

  it("drops the chamber's and the board's lines and mailboxes, on lines of their own or inline", () => {
    const chamber = '<h2>Zuständige Kammer</h2><p>Frau Marten gehört der Rechtsanwaltskammer Wendell an.</p><p>Rechtsanwaltskammer Wendell<br>Musterweg 9<br>10115 Berlin<br>Telefon: 030 555 09 10<br>E-Mail: info@rak-wendell.de</p>';
    const board = '<h2>Schlichtungsstelle</h2><p>Schlichtungsstelle der Anwaltschaft</p><p>Bundeskammer Wendell <span>Musterweg 9</span> <span>Telefon: 030 555 09 20</span> <span>E-Mail: schlichtung@brak-wendell.de</span></p><p>Alternativ können Sie sich an die Kammer wenden.</p>';
    expect(de(page(own + chamber + board))).toEqual(['email lena@wendell-recht.de', 'name lena marten', 'phone +49305550142']);
  });

  it("a French notice's host block", () => {
    const fr = foundAt('https://www.wendell-garage.fr/mentions-legales', 'FR');
    const html = page('<h1>Mentions légales</h1><p>Garage Wendell, 12 rue des Lilas, Tél : 02 55 50 14 20</p><p>Hébergeur</p><p>Wendell Hosting SAS</p><p>8 rue des Tilleuls, 59000 Lille</p><p>Tél : 09 55 50 10 07</p><p>Propriété intellectuelle : tous droits réservés.</p>');
    expect(fr(html, 'FR', 'phone')).toEqual(['phone +33255501420']);
  });

  it("keeps the business's own block after a chamber's, and the chamber's block only from its name on", () => {
    const chamberFirst = '<p>Rechtsanwaltskammer Wendell<br>Telefon: 030 555 09 10</p><p>Die Kanzlei ist Mitglied seit vielen Jahren und berät Mandanten.</p><p>Kanzlei Marten<br>Telefon: 030 555 01 43</p>';
    expect(de(page(chamberFirst), 'DE', 'phone')).toEqual(['phone +49305550143']);
    // A line that names the chamber the business is registered with is no block's start.
    expect(de(page('<p>Eingetragen bei der Handwerkskammer Wendell</p><p>Telefon: 030 555 01 45</p>'), 'DE', 'phone')).toEqual(['phone +49305550145']);
    // A sentence that names the chamber is no block's start.
    expect(de(page('<p>Wir sind Mitglied der Handwerkskammer Wendell.</p><p>Telefon: 030 555 01 44</p>'), 'DE', 'phone')).toEqual(['phone +49305550144']);
  });
});

describe('the person a legal notice makes answerable for the site', () => {
  it('"Directeur de la publication", on its line or before a colon; "Verantwortlich im Sinne des Presserechts:"', () => {
    const fr = foundAt('https://www.wendell-garage.fr/mentions-legales', 'FR');
    expect(fr(page('<h1>Mentions légales</h1><p>Directeur de la publication</p><p>Lena Marten</p>'), 'FR', 'name')).toEqual(['name lena marten']);
    expect(fr(page('<p>Directeur de la publication : Lena Marten</p>'), 'FR', 'name')).toEqual(['name lena marten']);
    const de = foundAt('https://www.wendell-recht.de/impressum', 'DE');
    expect(de(page('<p>Verantwortlicher im Sinne des Presserechts: Anna Berg</p>'), 'DE', 'name')).toEqual(['name anna berg']);
  });

  it('not the label alone, nor a firm after it', () => {
    const fr = foundAt('https://www.wendell-garage.fr/mentions-legales', 'FR');
    expect(fr(page('<p>Directeur de la publication</p><p>Garage Wendell SARL</p>'), 'FR', 'name')).toEqual([]);
  });
});

describe('no marketplace for a form\'s customer-type switch or an administration column', () => {
  const se = foundAt('https://www.wendell-tradgard.se/kontakt.html', 'SE');
  const chrome = (footer: string): string =>
    `<!doctype html><html><body><header><a href="/">Wendell Trädgård</a></header><main><h1>Kontakt</h1><p>Ring 073-555 01 42</p>` +
    `<form><button>Privatperson</button><button>Företag</button><label>Namn</label><input></form></main>` +
    `<footer><p>info@wendell-tradgard.se</p><p>073-555 01 42</p>${footer}</footer></body></html>`;

  it("a quote form's \"Privatperson\" beside \"Företag\" is the visitor's choice: the site is its own", () => {
    expect(se(chrome(''), 'SE')).toEqual(['email info@wendell-tradgard.se', 'phone +46735550142']);
  });

  it('a footer\'s "Administration" column with its staff\'s log-in and editing links', () => {
    const ba = foundAt('https://wendell-nekretnine.ba/kontakt', 'BA');
    const html =
      '<!doctype html><html><body><header><a href="/">Wendell</a></header><main><h1>Kontakt</h1><p>+387 61 555 014</p><p>lena@wendell-nekretnine.ba</p></main>' +
      '<footer><p>+387 61 555 014</p><p>lena@wendell-nekretnine.ba</p><h4>Administracija</h4><ul><li><a href="/admin">Prijava</a></li><li><a href="/admin/new">Nova nekretnina</a></li></ul></footer></body></html>';
    expect(ba(html, 'BA')).toEqual(['email lena@wendell-nekretnine.ba', 'phone +38761555014']);
  });

  it("still a marketplace for a private seller's badge alone, and for a header's log-in beside its posting control", () => {
    const badge = chrome('').replace('<button>Företag</button>', '').replace('<form>', '<p>Privatperson</p><form>');
    expect(se(badge, 'SE', 'email')).toEqual([]);
    const login = chrome('').replace('<header><a href="/">Wendell Trädgård</a>', '<header><a href="/">Wendell Trädgård</a><a href="/login">Logga in</a> <a href="/ny-annons">Lägg in annons</a>');
    expect(se(login, 'SE', 'email')).toEqual([]);
  });
});

describe("an agency's profile: the person, the firm, then the title", () => {
  const co = foundAt('https://wendell-inmobiliaria.example/detalle-asesor.php', 'CO');
  it('four-word Spanish names, a title closed by a full stop, a head of operations', () => {
    const card = (name: string, title: string): string => `<div><h3>${name}</h3><p>Wendell Inmobiliaria</p><p>${title}</p><p>Móvil: 311 555 0142</p></div>`;
    expect(co(page(card('Rafael Irfan Marten Berg', 'Asesora.')), 'CO', 'name')).toEqual(['name rafael irfan marten berg']);
    expect(co(page(card('Lena Marten', 'Jefe de Ventas.')), 'CO', 'name')).toEqual(['name lena marten']);
  });

  it('not four words on a market whose names have one surname, nor the firm when no name is above it', () => {
    const de = foundAt('https://wendell-immobilien.example/makler.html', 'DE');
    expect(de(page('<h3>Rafael Irfan Marten Berg</h3><p>Wendell Immobilien</p><p>Makler</p><p>Mobil: 0171 5550142</p>'), 'DE', 'name')).toEqual([]);
    expect(co(page('<h1>Asesores</h1><p>Wendell Inmobiliaria</p><p>Asesora.</p><p>Móvil: 311 555 0142</p>'), 'CO', 'name')).toEqual([]);
  });
});

describe('Polish degrees before, and Balkan diplomas after, a name on a team page', () => {
  it('"Dr hab. n. med." and a small "dr" before the name', () => {
    const pl = foundAt('https://www.wendell-kancelaria.pl/zespol.html', 'PL');
    const html = page('<h2>Zespół</h2><h4>Dr hab. n. med. Lena Marten</h4><h6>Radca prawny</h6><p>Specjalizacja: prawo pracy</p><h4>dr Anna Berg</h4><h6>Adwokat</h6>');
    expect(pl(html, 'PL', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it('"dipl.oec." after the name, under an agency\'s team heading', () => {
    const ba = foundAt('https://wendell-nekretnine.ba/o-nama', 'BA');
    expect(ba(page('<h2>Naš tim</h2><p>Agent za nekretnine</p><h3>Lena Marten dipl.oec.</h3><p>Agent za nekretnine</p>'), 'BA', 'name')).toEqual(['name lena marten']);
  });
});

describe('"talk to" before a first name in the Nordic languages', () => {
  it('"Snakk med Anna om prisen"', () => {
    const no = foundAt('https://www.wendell-maskin.no/kontakt.html', 'NO');
    expect(no(page('<h2>Kontakt</h2><p>Snakk med Anna om prisen</p><p>+47 988 55 014</p>'), 'NO', 'name')).toEqual(['name anna']);
  });
});
