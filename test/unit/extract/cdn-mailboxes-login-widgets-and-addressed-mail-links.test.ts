/**
 * From the fix round on the 72nd sealed round's sets (m74a-d: classified ads, businesses' own
 * sites, directories, pages with embedded data): the CDN's protected mailboxes as printed ones; a
 * content system's log-in widget on an own site; a call link in a form's field; styled text that a
 * class calls "menu"; a given name alone over its number's line; the seller box's first name in
 * the ad's text; mail links addressed to a given name ("Email Lena"); a no-break space escaped
 * twice in a meta tag. Then, from the 73rd round's sets (m75), scored on that code: an own site's
 * address named before its own numbers, Brazil's old "(0xx11)" area codes, a bio's heading with the
 * role after the name, a team list of name and role lines. With the cases an adversary would bring: the same page under a
 * marketplace's controls, a sign-up with no password field or no reset link beside it, a value
 * with no call link, a menu that is a block, a department's word over a number, two people of the
 * same given name, a desk's mailbox. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

/** The CDN's obfuscation of a mailbox: a key byte, then each character XOR the key, in hex. */
const cf = (email: string, key = 0x2a): string =>
  key.toString(16).padStart(2, '0') + [...email].map((c) => (c.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');
const protectedMailbox = (email: string): string =>
  `<a href="/cdn-cgi/l/email-protection#${cf(email)}"><span class="__cf_email__" data-cfemail="${cf(email)}">[email&#160;protected]</span></a>`;

const site = (header: string, main: string, footer: string): string =>
  `<!doctype html><html><body><header>${header}</header><main>${main}</main><footer>${footer}</footer></body></html>`;
const nav = '<nav><a href="/">Home</a><a href="/services">Services</a><a href="/about">About</a></nav>';
const market = '<nav><a href="/login">Log in</a><a href="/post-ad">Post an ad</a></nav>';

describe("the CDN's protected mailboxes are printed ones", () => {
  const us = foundAt('https://www.wendell-electric.com/springfield/', 'US');
  const body = (mailbox: string): string =>
    `<h1>Wiring and repairs</h1><p>Office: 12 Musterweg, Springfield. E-mail: ${mailbox}</p><p>Call <a href="tel:2095550142">(209) 555-0142</a> or write: ${mailbox}</p>`;

  it("a firm's own mailbox, printed twice so on its page, is the seller's", () => {
    expect(us(site(nav, body(protectedMailbox('service@wendell-electric.com')), ''), 'US', 'email')).toEqual(['email service@wendell-electric.com']);
  });

  it("not under a marketplace's controls, nor printed once on a page that is not the site's contact page", () => {
    expect(us(site(market, body(protectedMailbox('service@wendell-electric.com')), ''), 'US', 'email')).toEqual([]);
    const once = `<h1>Wiring and repairs</h1><p>Call <a href="tel:2095550142">(209) 555-0142</a> or write: ${protectedMailbox('service@wendell-electric.com')}</p>`;
    expect(us(site(nav, once, ''), 'US', 'email')).toEqual([]);
  });
});

describe("a content system's log-in widget on an own site", () => {
  const de = foundAt('https://www.wendell-segel.de/news/neue-segel.html', 'DE');
  const footer = '<h4>Kontakt</h4><p>Wendell Segel</p><p>Tel. 040 5550142</p><p><a href="/kontakt">info@wendell-segel.de</a></p>';
  const main = '<h1>Neue Segel</h1><p>Die neuen Segel sind da, schauen Sie vorbei.</p>';
  const phone = (widget: string, header = nav): string[] => de(site(header, main + widget, footer), 'DE', 'phone');

  it('its sign-up beside the password and its reset link, or its "stay logged in" box, leaves the site its own', () => {
    expect(phone('<aside><h3>Einloggen</h3><p>E-Mail</p><p>Kennwort</p><button>Einloggen</button><p>Registrieren | Kennwort vergessen?</p></aside>')).toEqual([
      'phone +49405550142',
    ]);
    expect(phone('<div class="login"><h3>Einloggen</h3><button>Login</button><label>Eingeloggt bleiben</label></div>')).toEqual(['phone +49405550142']);
  });

  it('a sign-up with no password field before it, or no reset link beside it, still says "marketplace"', () => {
    expect(phone('<p><a href="/registrieren">Registrieren</a> | Kennwort vergessen?</p>')).toEqual([]);
    expect(phone('<aside><h3>Einloggen</h3><p>E-Mail</p><p>Kennwort</p><button>Einloggen</button><p>Registrieren</p></aside>')).toEqual([]);
  });
});

describe("a call link in a form's field", () => {
  const es = foundAt('https://www.wendell-casas.es/vivienda/chalet-145', 'ES');

  it('is read as the link is', () => {
    expect(es(page('<h1>Chalet</h1><input type="hidden" name="contact_phone" value="tel:951555014" />'), 'ES', 'phone')).toEqual(['phone +34951555014']);
  });

  it('not a field whose value is a bare number or another word', () => {
    expect(es(page('<h1>Chalet</h1><input type="hidden" name="client_ref" value="951555014" /><option value="tel">Teléfono</option>'), 'ES', 'phone')).toEqual([]);
    // A contact form's field filled in with a number: the visitor's own, or the form's example.
    expect(es(page('<h1>Chalet</h1><form><input type="text" name="phone" value="+34 951 555 014" /></form>'), 'ES', 'phone')).toEqual([]);
  });
});

describe('styled text that a class calls "menu", and a given name alone over its number\'s line', () => {
  const ua = foundAt('http://www.wendell-moto.com.ua/suzuki/dr-z_1.html', 'UA');
  const de = foundAt('https://www.wendell-markt.de/anzeige/1', 'DE');

  it("a label in <font class=menu> is the text's, and the name over the labelled number is the seller's", () => {
    // An old site's table layout, no <main> to say where the content is.
    const bare = (body: string): string => `<!doctype html><html><body>${body}</body></html>`;
    const row = '<table><tr><td><font class=menu>Продавец:</font></td><td><a href="#">Тарас</a>,<br> <font class=menu>тел.:</font> 0675550142</td></tr></table>';
    expect(ua(bare(row), 'UA')).toEqual(['name тарас', 'phone +380675550142']);
    expect(de(bare('<p>Auto zu verkaufen</p><p><b class="menu">Kontakt:</b> Lena<br><font class="menu">Tel.:</font> 0171 2345678</p>'), 'DE')).toEqual([
      'name lena',
      'phone +491712345678',
    ]);
  });

  it('a known given name alone on the line over the labelled number is whom to call', () => {
    expect(de(page('<p>Auto zu verkaufen, scheckheftgepflegt.</p><p>Lena<br>Tel.: 0171 2345678</p>'), 'DE', 'name')).toEqual(['name lena']);
    expect(ua(page('<p>Продам мотоцикл.</p><p>Тарас,<br>тел.: 0675550142</p>'), 'UA', 'name')).toEqual(['name тарас']);
  });

  it("a block classed as a menu is still the site's chrome; a department's word or a town over the number is no name", () => {
    expect(de('<html><body><div class="menu">Lena Marten<br>Tel.: 0171 2345678</div><main><p>Auto zu verkaufen</p></main></body></html>', 'DE', 'name')).toEqual([]);
    for (const word of ['Service', 'Berlin', 'Kontakt', 'Verkauf']) {
      expect(de(page(`<p>Auto zu verkaufen</p><p>${word}<br>Tel.: 0171 2345678</p>`), 'DE', 'name')).toEqual([]);
    }
  });
});

describe("the seller box's first name in the ad's text", () => {
  const my = foundAt('https://www.wendell-iklan.my/Garden+Apartment-2871', 'MY');
  const ad = (given: string): string =>
    page(
      '<h1>Garden Apartment</h1><div class="seller-info"><h3>Kamal Reilly</h3><p>Agent</p></div>' +
        `<div class="description"><p>Fully furnished, near the station.<br>For a viewing, call or text:<br>${given} 012 5550142<br>Wendell Realty Sdn Bhd</p></div>`,
    );

  it('is the advertiser, half named: the full name only', () => {
    expect(my(ad('Kamal'), 'MY', 'name')).toEqual(['name kamal reilly']);
  });

  it("another first name in the text is not dropped for it, nor one a fuller name of the text's opens", () => {
    expect(my(ad('Anna'), 'MY', 'name')).toEqual(['name anna', 'name kamal reilly']);
    // No seller box: "Anna" and "Anna Berg" may be two people (a result page's, a team's).
    const text = page('<h1>Garden Apartment</h1><p>Fully furnished, near the station.<br>Contact person: Anna Berg<br>For a viewing, call or text:<br>Anna 012 5550142</p>');
    expect(my(text, 'MY', 'name')).toEqual(['name anna', 'name anna berg']);
  });
});

describe('mail links addressed to a given name', () => {
  const ca = foundAt('https://www.wendell-realty.ca/team', 'CA');
  // An old brokerage site's team page: each card's lines, its mail link (a script writes it too), its agent's own website.
  const card = (name: string, n: string, mailbox: string, link: string): string =>
    `<p><strong>${name}</strong><br>Sales Agent</p><p>Mobile: (250) 555-01${n}<br>Toll free: (866) 555-01${n}<br>Fax: (866) 555-02${n}<br>` +
    `<script>var x = 1;</script><a href="mailto:${mailbox}?subject=Request">${link}</a></p><p><a href="http://www.wendell-${n}.example/">Website</a></p>`;
  const team = (...cards: string[]): string =>
    `<!doctype html><html><body><table><tr><td><h1>Our Team</h1>${cards.join('')}</td></tr></table><p class="footer">Wendell Realty, Office: 250.555.0100</p></body></html>`;

  it('"Email Anna-Lena" beside the one person the page names so: her mailbox, which the local part does not spell', () => {
    const html = team(card('Anna-Lena Marten', '14', 'al@wendell-realty.ca', 'Email Anna-Lena'), card('Kamal Reilly', '15', 'kr@wendell-realty.ca', 'Email Kamal'));
    expect(ca(html, 'CA', 'email')).toEqual(['email al@wendell-realty.ca', 'email kr@wendell-realty.ca']);
  });

  it('not where two people share the given name, nor a desk, nor a given name the page names no one by', () => {
    expect(ca(team(card('Lena Marten', '14', 'lm@wendell-realty.ca', 'Email Lena'), card('Lena Quorra', '15', 'lq@wendell-realty.ca', 'Email Lena')), 'CA', 'email')).toEqual([]);
    expect(ca(team(card('Kamal Reilly', '15', 'support@wendell-realty.ca', 'Email Kamal')), 'CA', 'email')).toEqual([]);
    expect(ca(team(card('Kamal Reilly', '15', 'kr@wendell-realty.ca', 'Email Support'), card('Anna Berg', '16', 'ab@wendell-realty.ca', 'Email Lena')), 'CA', 'email')).toEqual([]);
  });
});

describe('a no-break space escaped twice in a meta tag', () => {
  it("is a space: the number keeps its area code", () => {
    const de = foundAt('https://www.wendell-verzeichnis.de/firma/1', 'DE');
    const html = page('<div itemscope itemtype="https://schema.org/LocalBusiness"><meta itemprop="telephone" content="(0711)&amp;nbsp;5550142"><h1>Wendell IT</h1></div>');
    expect(de(html, 'DE', 'phone')).toEqual(['phone +497115550142']);
  });
});

describe("an own site's address named before its numbers", () => {
  const by = foundAt('http://www.wendell-lizing.by/', 'BY');
  const body = '<h1>Лизинг для бизнеса</h1><div class="phone">Отдел продаж wendell-lizing.by<br><br>+ 375 44 555-01-42<br>+ 375 17 555-01-43</div>';

  it('are its own, where its own mailbox says the site is the seller\'s', () => {
    const footer = '<p>Контакты: <a href="mailto:info@wendell-lizing.by">info@wendell-lizing.by</a></p>';
    expect(by(site(nav, body, footer), 'BY', 'phone')).toEqual(['phone +375175550143', 'phone +375445550142']);
  });

  it("are still the platform's lines on a marketplace's page", () => {
    const board = '<nav><ul><li><a href="/login">Войти</a></li><li><a href="/post">Подать объявление</a></li></ul></nav>';
    expect(by(site(board, body, '<p>Контакты: <a href="mailto:info@wendell-lizing.by">info@wendell-lizing.by</a></p>'), 'BY', 'phone')).toEqual([]);
  });
});

describe('Brazil\'s old "(0xx11)" area codes', () => {
  const br = foundAt('http://www.wendell-arte.com.br/fale-conosco.asp', 'BR');

  it('are the area code with its trunk 0', () => {
    expect(br(page('<h1>Fale conosco</h1><p>Telefone: (0xx11) 3555-0142</p>'), 'BR', 'phone')).toEqual(['phone +551135550142']);
  });

  it('not such letters inside another word or a longer run', () => {
    expect(br(page('<h1>Fale conosco</h1><p>Código AB0xx11 3555-0142, série 0xx112 3555-0142</p>'), 'BR', 'phone')).toEqual([]);
  });
});

describe("a team page's people", () => {
  const gb = foundAt('https://www.wendell-skills.co.uk/about-us', 'GB');
  const at = foundAt('https://www.wendell-koop.at/about', 'AT');

  it("a bio's heading with the role after the name, over a bio that opens with the name and speaks of a person", () => {
    const bio = (heading: string, text: string): string => `<h3>${heading}</h3><p>${text}</p>`;
    const html = page(
      '<h2>Our People</h2>' +
        bio('Lena Marten, Head of Studies', 'Lena taught music in three schools before she came to us; she writes our syllabus and looks after every new student.') +
        bio('Kamal Reilly - Tutor', 'Kamal played in an orchestra for a decade before he joined us, and he now leads our evening classes for adults.'),
    );
    expect(gb(html, 'GB', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it("not a product's heading, nor a bio that does not open with the name", () => {
    const html = page(
      '<h3>Wendell Loop, Booking Widget</h3><p>Wendell Loop is a booking widget for small venues; it shows free slots and takes payments in one step for every guest.</p>' +
        '<h3>Anna Berg, Director</h3><p>Our courses run every month in the city centre, with small groups and a certificate at the end of each module for all.</p>' +
        // A place named like a person, over a bio that opens with a title word
        '<h3>Rose Garden, Summer Lets</h3><p>Agent notes: the rooms open onto the walled garden, with a kitchen for guests and parking for two cars by the gate.</p>',
    );
    expect(gb(html, 'GB', 'name')).toEqual([]);
  });

  it('a list of name lines, each with its role on the next line, three pairs or more', () => {
    const list = (...pairs: string[]): string => page(`<h2>Das Team</h2><p>Vorstand</p>${pairs.map((p) => `<p>${p}</p>`).join('')}`);
    const html = list('Lena Marten', 'Buchhaltung', 'Kamal Reilly', 'Webentwicklung', 'Anna Berg', 'Kundenbetreuung', 'Hund Bello', 'Bürohund');
    expect(at(html, 'AT', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it('not two pairs only, nor a list of names without roles, nor products and their descriptions', () => {
    const list = (...lines: string[]): string => page(`<h2>Team</h2>${lines.map((p) => `<p>${p}</p>`).join('')}`);
    expect(at(list('Lena Marten', 'Buchhaltung', 'Kamal Reilly', 'Webentwicklung'), 'AT', 'name')).toEqual([]);
    expect(at(list('Wendell Loop', 'Buchungen', 'Wendell Desk', 'Helpdesk', 'Wendell Mail', 'Newsletter'), 'AT', 'name')).toEqual([]);
    expect(at(list('Lena Marten', 'Kamal Reilly', 'Anna Berg', 'Rafael Irfan', 'Lena Quorra', 'Kamal Vexlin'), 'AT', 'name')).toEqual([]);
  });
});
