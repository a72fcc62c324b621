/**
 * From the 123rd sealed round (found after its scoring): a club's one contact card under a label of
 * its own line ("Anmeldung:" / the person / street / postcode); an Austrian imprint's holder under
 * "Medieninhaber & Betreiber"; the founder a local business's own schema.org data names; a
 * restaurant's host in Dutch, Spanish or Danish; a club's site signed by its copyright line, whose
 * "reply-to" is an http-equiv; an association's news page whose header has its members' log-in; and
 * a mail link written over several lines. With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe('one contact card under a label of its own line, over a postal address', () => {
  const de = foundAt('https://www.wendell-kegelclub.example/kalender', 'DE');
  const page = (label: string, name = 'Lena Marten'): string =>
    `<!doctype html><html><body><main><h1>Kalender</h1><p>Sommerturnier am 3. Juli.</p><p><b>${label}</b><br>${name}<br>Wendelweg 7<br>12345 Wendelstadt<br>Telefon:<br>030/5550123</p></main></body></html>`;

  it.each([['Anmeldung:'], ['Anmeldung an:'], ['Bestellungen:']])('%s', (label) => {
    expect(de(page(label), 'DE', 'name')).toEqual(['name lena marten']);
  });

  it.each([
    ['a web designer', 'Webdesign:'],
    ['a photographer', 'Fotos:'],
    ['a data protection officer', 'Datenschutzbeauftragter:'],
    ['an authority', 'Aufsichtsbehörde:'],
  ])("not under %s's label", (_who, label) => {
    expect(de(page(label), 'DE', 'name')).toEqual([]);
  });

  it('not a firm (a school named in one word), nor a name no known given name opens', () => {
    expect(de(page('Anmeldung:', 'Wendell Hundeschule'), 'DE', 'name')).toEqual([]);
    expect(de(page('Anmeldung:', 'Qorvan Wendelin'), 'DE', 'name')).toEqual([]);
  });

  it('nor a card with no postcode under its second line (a referee and their classes)', () => {
    const html = '<!doctype html><html><body><main><p><b>Schiedsrichter:</b><br>Lena Marten (Gast)<br>Klasse 1-3<br>Gruppe A2</p></main></body></html>';
    expect(de(html, 'DE', 'name')).toEqual([]);
  });
});

describe('an Austrian imprint\'s holder under "Medieninhaber & Betreiber"', () => {
  const at = foundAt('https://www.wendell-eis.example/impressum.html', 'AT');
  const page = (holder: string, extra = ''): string =>
    `<!doctype html><html><head><title>Impressum · Wendell Eis</title></head><body><main><h1>Impressum</h1><h3>Medieninhaber &amp; Betreiber</h3><p><strong>${holder}</strong></p>${extra}` +
    '<address>Wendelweg 9/Top 3<br>8010 Graz<br>Österreich</address><h3>Kontakt</h3><p>Telefon: <a href="tel:+43664555123">+43 664 555123</a></p></main></body></html>';

  it("the holder, also over a line of the trade's name in brackets", () => {
    expect(at(page('Lena Marten'), 'AT', 'name')).toEqual(['name lena marten']);
    expect(at(page('Lena Marten', '<p>(Geschäftsbezeichnung: Wendell Eis)</p>'), 'AT', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm', () => {
    expect(at(page('Wendell Eis GmbH'), 'AT', 'name')).toEqual([]);
  });
});

describe("a local business's founder in its own schema.org data", () => {
  const it_ = foundAt('https://www.wendell-dolci.example/', 'IT');
  const ld = (data: unknown): string =>
    `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body><main><h1>Wendell Dolci</h1><p>Dolci e sorbetti.</p></main></body></html>`;
  const business = (type: string, founder: unknown, url = 'https://www.wendell-dolci.example/'): Record<string, unknown> => ({
    '@context': 'https://schema.org',
    '@type': type,
    name: 'Wendell Dolci',
    url,
    telephone: '+39 02 5550123',
    founder,
  });

  it.each([
    ['IceCreamShop', { '@type': 'Person', name: 'Lena Marten', jobTitle: 'Titolare' }],
    ['Restaurant', { '@type': 'Person', name: 'Lena Marten' }],
    ['Bakery', 'Lena Marten'],
  ])('%s', (type, founder) => {
    expect(it_(ld(business(type, founder)), 'IT', 'name')).toEqual(['name lena marten']);
  });

  it("not an organisation's founder, nor a business's on another site's page, nor a firm as founder", () => {
    expect(it_(ld(business('Organization', { '@type': 'Person', name: 'Lena Marten' })), 'IT', 'name')).toEqual([]);
    expect(it_(ld(business('IceCreamShop', { '@type': 'Person', name: 'Lena Marten' }, 'https://www.wendell-guida.example/locali/123')), 'IT', 'name')).toEqual([]);
    expect(it_(ld(business('IceCreamShop', 'Wendell Holding')), 'IT', 'name')).toEqual([]);
    expect(it_(ld(business('IceCreamShop', { '@type': 'Organization', name: 'Lena Marten' })), 'IT', 'name')).toEqual([]);
  });

  it('reviewers stay out', () => {
    const data = { ...business('IceCreamShop', undefined), review: [{ '@type': 'Review', author: { '@type': 'Person', name: 'Anna Berg' } }] };
    expect(it_(ld(data), 'IT', 'name')).toEqual([]);
  });
});

describe("a restaurant's host, in Dutch, Spanish and Danish", () => {
  it.each([
    ['BE', 'Uw gastheer Lena Marten ontvangt u graag.'],
    ['ES', 'Su anfitrión Kamal Reilly le espera.'],
    ['DK', 'Din vært Anna Berg glæder sig til at se jer.'],
  ])('%s: %s', (cc, sentence) => {
    const html = `<!doctype html><html><body><main><h1>Eetcafé Wendell</h1><p>Gezellig eten met vrienden. ${sentence}</p></main></body></html>`;
    expect(foundAt('https://www.wendell-eetcafe.example/', cc)(html, cc, 'name')).toHaveLength(1);
  });

  it('not the phrase with no name after it', () => {
    const html = '<!doctype html><html><body><main><p>Gezellig eten met vrienden. Uw gastheer ontvangt u graag.</p></main></body></html>';
    expect(foundAt('https://www.wendell-eetcafe.example/', 'BE')(html, 'BE', 'name')).toEqual([]);
  });
});

describe('a club\'s site, signed by its copyright line, with its mailbox only in an http-equiv "reply-to"', () => {
  const club = (meta: string, footer = '&copy; Kegelclub Wendell e.V. 2019'): string[] =>
    foundAt('https://www.wendell-kegelclub.example/', 'DE')(
      `<!doctype html><html><head><title>Kalender</title>${meta}</head><body><div id="header"><a href="/">Home</a> <a href="/ueber-uns">Über uns</a></div>` +
        `<div id="content"><h1>Kalender</h1><p>Turnier im Sommer. Telefon: 030/5550123, E-Mail: wendell.kegelclub@proton.me</p></div><div id="footer">${footer}</div></body></html>`,
      'DE',
      'email',
    );

  it("the site's mailbox", () => {
    expect(club('<meta http-equiv="reply-to" content="kontakt@wendell-kegelclub.example">')).toEqual([
      'email kontakt@wendell-kegelclub.example',
      'email wendell.kegelclub@proton.me',
    ]);
  });

  it("not a mailbox at another domain, nor on a site a firm's copyright line signs", () => {
    expect(club('<meta http-equiv="reply-to" content="info@wendell-agentur.example">')).toEqual(['email wendell.kegelclub@proton.me']);
    expect(club('<meta http-equiv="reply-to" content="kontakt@wendell-kegelclub.example">', '&copy; Wendell Media GmbH 2019')).toEqual([
      'email wendell.kegelclub@proton.me',
    ]);
  });
});

describe("an association's news page: its members' log-in in the header, its postal block in the footer", () => {
  const news = (footerName: string, extraHeader = ''): string[] =>
    foundAt('https://www.wendell-tischtennis.example/neuigkeiten/volle-hallen-im-herbst', 'DE')(
      `<!doctype html><html><head><title>Neuigkeiten</title></head><body><header><nav><a href="/">Home</a> <a href="/neuigkeiten">Neuigkeiten</a> <a href="https://www.wendell-tischtennis.example/login">Login</a>${extraHeader}</nav></header>` +
        '<main><article><h1>Volle Hallen im Herbst</h1><p>Die Vereine erwarten viele Zuschauer zum Saisonstart.</p></article></main>' +
        `<footer><h2>Geschäftsstelle</h2><p>${footerName}<br>Wendelweg 3<br>12345 Wendelstadt<br>Telefon: 030-5550-500<br>Telefax: 030-5550-524<br>E-Mail: <a href="mailto:info@wendell-tischtennis.example">info@wendell-tischtennis.example</a></p></footer></body></html>`,
      'DE',
    );

  it("the association's lines and mailbox", () => {
    expect(news('Tischtennisverband Wendell e. V.')).toEqual([
      'email info@wendell-tischtennis.example',
      'phone +49305550500',
      'phone +49305550524',
    ]);
  });

  it("not a firm's footer, nor a page that offers to post an ad", () => {
    expect(news('Wendell Media GmbH').filter((f) => !f.startsWith('address'))).toEqual([]);
    expect(news('Tischtennisverband Wendell e. V.', ' <a href="/anzeige-aufgeben">Anzeige aufgeben</a>').filter((f) => !f.startsWith('address'))).toEqual([]);
  });
});

describe('a mail link written over several lines, as the browser joins it', () => {
  const de = foundAt('https://wendell-ferien.example/', 'DE');

  it('one mailbox', () => {
    const html = '<html><body><p>Lena Marten<br>Tel: 030/5550123</p><ul><li><a href="mailto:lena@\nwendell-\nferien.example">E-Mail</a></li></ul></body></html>';
    expect(de(html, 'DE', 'email')).toEqual(['email lena@wendell-ferien.example']);
  });

  it('not a mailbox the link does not give', () => {
    const html = '<html><body><ul><li><a href="https://wendell-\nferien.example/kontakt">Kontakt</a></li></ul></body></html>';
    expect(de(html, 'DE', 'email')).toEqual([]);
  });
});

describe('given names of owners in the markets that the name lists lacked (Albanian; Greek, Persian and Turkish in Latin letters)', () => {
  const de = foundAt('https://www.wendell-bau.example/impressum', 'DE');
  const imprint = (holder: string): string =>
    `<!doctype html><html><body><main><h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>${holder}<br>Wendelweg 3<br>12345 Wendelstadt</p></main></body></html>`;

  it.each([['Blerim Marten'], ['Valbona Marten'], ['Giorgos Marten'], ['Kourosh Marten'], ['Tuncay Marten']])('%s', (holder) => {
    expect(de(imprint(holder), 'DE', 'name')).toEqual([`name ${holder.toLowerCase()}`]);
  });

  it('not a word those lists leave out for being a common word too', () => {
    expect(de(imprint('Granit Marten'), 'DE', 'name')).toEqual([]);
  });
});
