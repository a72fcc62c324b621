/**
 * A content system's log-in at the very foot of a firm's page, after its copyright line ("Copyright
 * 2007 by … Privacy Statement / Login", as DotNetNuke prints it with no footer element around it):
 * the site's editors' log-in, as a footer's log-in link is, not a marketplace's members' control.
 * A mail or call link that shows nothing (a template's leftover, to another firm or a free-call
 * number); a contact form's choice of salutation ("Herr Frau") read as an honorific and a name; a
 * German practice's compound ("Zahnarztpraxis") read as a family name. Found in the 80th sealed
 * round (m82a, m82b); all values invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const LOGIN = '<p><a href="javascript:__doPostBack(\'dnn$dnnLOGIN$cmdLogin\',\'\')">Login</a></p>';
const COPYRIGHT = '<p>Copyright 2007 by Wendell Presses, Inc. <a href="/privacy">Privacy Statement</a></p>';
const staff = (name: string, mailbox: string, ext: string): string =>
  `<tr><td>${name}</td></tr><tr><td><a href="mailto:${mailbox}">${mailbox}</a></td></tr><tr><td>614-555-0140, ext. ${ext}</td></tr>`;
const page = (foot: string): string =>
  '<!doctype html><html><body><div id="dnn_ContentPane"><h1>Contact Us</h1><p>Contact us for service help or a new press.</p><table>' +
  staff('Kamal Reilly', 'kreilly@wendell-presses.example', '103') +
  staff('Anna Berg', 'aberg@wendell-presses.example', '112') +
  staff('Parts', 'parts@wendell-presses.example', '110') +
  `</table><p>Mailing Address:</p><p>Wendell Presses</p><p>4299 Example Drive</p><p>Hilliard, OH 43026</p><p>614-555-0140</p>${foot}</div></body></html>`;
const found = foundAt('https://www.wendell-presses.example/ContactUs/tabid/73/Default.aspx', 'US');
const PEOPLE = ['email aberg@wendell-presses.example', 'email kreilly@wendell-presses.example', 'name anna berg', 'name kamal reilly'];

describe("a log-in at the page's foot, after its copyright line", () => {
  it("is the site's editors': the firm's main line and its parts desk are the seller's", () => {
    expect(found(page(COPYRIGHT + LOGIN), 'US')).toEqual([...PEOPLE, 'email parts@wendell-presses.example', 'phone +16145550140'].sort());
  });

  it('but not without a copyright line before it', () => {
    expect(found(page(LOGIN), 'US')).toEqual(PEOPLE);
  });

  it('nor with more of the page after it (a marketplace\'s own words)', () => {
    const more = '<p>Browse thousands of used presses from sellers across the country.</p>';
    expect(found(page(COPYRIGHT + LOGIN + more), 'US', 'phone')).toEqual([]);
  });

  it('nor a log-in far after the copyright line', () => {
    const links = '<p>' + ['Presses', 'Parts', 'Service', 'Downloads', 'Press releases', 'Careers', 'Dealers', 'Trade shows', 'Site map', 'Search'].map((w) => `<a href="/${w}">${w}</a>`).join(' · ') + '</p>';
    expect(found(page(COPYRIGHT + links + links + LOGIN), 'US', 'phone')).toEqual([]);
  });
});

describe('a mail or call link that shows nothing', () => {
  const found = foundAt('https://www.wendell-kurse.example/kontakt', 'CH');
  const card = (links: string): string =>
    '<!doctype html><html><body><main><h1>Kontakt</h1><p>Kursraum am Bogen</p><p>Telefon <a href="tel:+41525550123">052 555 01 23</a></p>' +
    `<p>E-Mail <a href="mailto:kurse@wendell-kurse.example">kurse@wendell-kurse.example</a>${links}</p></main></body></html>`;
  const OWN = ['email kurse@wendell-kurse.example', 'phone +41525550123'];

  it("is no one's: a template's leftover to another firm's mailbox or a free-call number", () => {
    expect(found(card('<a href="mailto:info@wendell-other.example" data-track-event="click"></a><a href="tel:+41800555012" data-track-event="click"> </a>'), 'CH')).toEqual(OWN);
  });

  it("nor in the site's footer", () => {
    const footer = (links: string): string =>
      '<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/kurse">Kurse</a></nav></header><main><h1>Kurse</h1><p>Zeichnen und Malen für alle.</p></main>' +
      `<footer><p>Kursraum am Bogen · Telefon <a href="tel:+41525550123">052 555 01 23</a> · <a href="mailto:kurse@wendell-kurse.example">kurse@wendell-kurse.example</a>${links}</p></footer></body></html>`;
    expect(found(footer('<a href="tel:+41800555012" data-track-event="click"></a>'), 'CH')).toEqual(OWN);
  });

  it('but an icon link is read, and so is an empty one that a style sheet can draw (a floating call button)', () => {
    expect(found(card('<a href="mailto:anna@wendell-kurse.example"><i class="icon-mail"></i></a>'), 'CH', 'email')).toEqual(['email anna@wendell-kurse.example', 'email kurse@wendell-kurse.example']);
    expect(found(card('<a class="call-float" href="tel:+41525550124"></a>'), 'CH', 'phone')).toEqual(['phone +41525550123', 'phone +41525550124']);
    expect(found(card('<a href="mailto:anna@wendell-kurse.example">Schreiben Sie uns</a>'), 'CH', 'email')).toContain('email anna@wendell-kurse.example');
  });
});

describe("a contact form's salutations and a practice's name", () => {
  const found = foundAt('https://www.wendell-projekte.example/kontakt', 'CH');
  const form = (body: string): string => `<!doctype html><html><body><main><h1>Kontakt</h1>${body}<form><p>Kontaktformular</p><p>Herr Frau</p><p>Name *</p><p>Vorname *</p></form></main></body></html>`;

  it('"Herr Frau" names no one', () => {
    expect(found(form('<p>Wendell Projekte AG</p>'), 'CH', 'name')).toEqual([]);
  });

  it('while "Frau Anna Berg" still does', () => {
    expect(found(form('<p>Ihre Ansprechpartnerin ist Frau Anna Berg.</p>'), 'CH', 'name')).toEqual(['name anna berg']);
  });

  it('"Zahnarztpraxis D. Berg" is no person named so', () => {
    expect(found(form('<h2>Zahnarztpraxis D. Berg</h2><p>Tel. 061 555 01 23</p>'), 'CH', 'name')).not.toContain('name zahnarztpraxis d. berg');
  });
});
