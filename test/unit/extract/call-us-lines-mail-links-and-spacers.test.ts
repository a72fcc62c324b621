/**
 * Small firms' own sites that print no mailbox: a tradesman's header "Call Us Today: …" is the site
 * speaking as the business, and its lines are then the seller's (a marketplace's help line, or a
 * page with a posting control, is not); a home or contact page whose one mail link hides its
 * address behind an image or "Click here"; a newsletter's "anmelden" (sign up) read as a log-in;
 * underscores used as spacers ("Telefoon:______"); a number written "0117- 55 01 23". Found in the
 * 78th and 79th sealed rounds (m80b, m81a, m81c); all values invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const PLUMBER = 'https://www.wendell-plumbing.example/blog/choosing-pipes';
const trade = (header: string, extra = ''): string =>
  `<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/blog">Blog</a></nav>${header}</header>` +
  `<main><h1>Choosing pipes</h1><p>Copper lasts longer than most people think, and it costs less to keep.</p>${extra}</main>` +
  '<footer><p>© 2024 Wendell Plumbing</p></footer></body></html>';

describe('a "call us" line in the header or footer, on a site without a mailbox', () => {
  it.each([
    ['Call Us Today: 555-0134', '<div class="cta">Call Us Today: <a href="tel:2125550134">212-555-0134</a></div>'],
    ['Call us today on, with the source\'s line breaks', '<div class="top">Call us\n        today on\n        <span>212-555-0134</span></div>'],
    ['Call Us with the number in the next element', '<p>Mon-Fri 8:00AM - 5:00PM</p><p>Call Us</p><p><a href="tel:2125550134">212-555-0134</a></p>'],
  ])('is the business speaking: its number is the seller\'s (%s)', (_what, header) => {
    expect(foundAt(PLUMBER, 'US')(trade(header), 'US', 'phone')).toEqual(['phone +12125550134']);
  });

  it('in German too', () => {
    const header = '<p>Rufen Sie uns an: <a href="tel:+4971155501234">0711 555 01234</a></p>';
    expect(foundAt('https://www.wendell-sanitaer.example/ratgeber/rohre', 'DE')(trade(header), 'DE', 'phone')).toEqual(['phone +4971155501234']);
  });

  it.each([
    ["a help line's (\"Need help? Call us\")", '<p>Need help? Call us on <a href="tel:2125550134">212-555-0134</a></p>'],
    ["a customer service's", '<p>Customer service: call us now 212-555-0134</p>'],
    ["a help line's in the element before", '<p>Need help?</p>\n    <p>Call us today</p>\n    <p><a href="tel:2125550134">212-555-0134</a></p>'],
    ['one far from its number', `<p>Call us today for a free quote on ${'any job, big or small, '.repeat(3)}212-555-0134</p>`],
    ['no call: a number alone', '<p><a href="tel:2125550134">212-555-0134</a></p>'],
  ])('but not %s', (_what, header) => {
    expect(foundAt(PLUMBER, 'US')(trade(header), 'US', 'phone')).toEqual([]);
  });

  it("but not beside a marketplace's posting control", () => {
    const header = '<a href="/post-ad">Post an ad</a> <div class="cta">Call Us Today: <a href="tel:2125550134">212-555-0134</a></div>';
    expect(foundAt(PLUMBER, 'US')(trade(header), 'US', 'phone')).toEqual([]);
  });

  it("and the seller's own number in an ad's content stays the seller's beside it", () => {
    const header = '<a href="/post-ad">Post an ad</a> <div class="cta">Call Us Today: <a href="tel:2125550134">212-555-0134</a></div>';
    const ad = '<div class="seller"><p>Seller: Kamal Reilly</p><p>Phone: 212-555-0178</p></div>';
    expect(foundAt(PLUMBER, 'US')(trade(header, ad), 'US', 'phone')).toEqual(['phone +12125550178']);
  });
});

const ROOFER = 'https://www.wendell-roofing.example/';
const roofer = (side: string): string =>
  '<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/roofs">Roofs</a></nav></header>' +
  `<main><h1>Roofing in Kent</h1><p>Flat roofs, tiles and gutters since 1998.</p><div class="side"><p>Call us: (01689) 555 014</p>${side}</div></main>` +
  '<footer><p>Wendell Roofing Ltd · Tel. 01689 555 015</p></footer></body></html>';
const CLICK = '<p>Email: <a href="mailto:mail@wendell-roofing.example">Click Here</a></p>';

describe("a home or contact page's one mail link, its address not printed", () => {
  it.each([[ROOFER], ['https://www.wendell-roofing.example/contact-us']])("is the site's own mailbox: %s", (url) => {
    expect(foundAt(url, 'GB')(roofer(CLICK), 'GB', 'email')).toEqual(['email mail@wendell-roofing.example']);
  });

  it('behind an image too', () => {
    const image = '<a href="mailto:mail@wendell-roofing.example"><img src="/mail.png" alt=""></a>';
    expect(foundAt(ROOFER, 'GB')(roofer(image), 'GB', 'email')).toEqual(['email mail@wendell-roofing.example']);
  });

  it("with the footer's line, the site being the roofer's", () => {
    expect(foundAt(ROOFER, 'GB')(roofer(CLICK), 'GB', 'phone')).toEqual(['phone +441689555014', 'phone +441689555015']);
  });

  it("but not on another page (an auction's \"email us with any questions\"): nor its footer's line", () => {
    expect(foundAt('https://www.wendell-roofing.example/listing/2019-van', 'GB')(roofer(CLICK), 'GB')).toEqual(['phone +441689555014']);
  });

  it('nor two mail links (a team\'s, which keep their own rules)', () => {
    const two = '<p><a href="mailto:lm@wendell-roofing.example">Email</a></p><p><a href="mailto:kr@wendell-roofing.example">Email</a></p>';
    expect(foundAt(ROOFER, 'GB')(roofer(two), 'GB', 'email')).toEqual([]);
  });
});

describe("a newsletter's sign-up in a dealer's footer", () => {
  const dealer = (footer: string): string =>
    '<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/occasionen">Occasionen</a> <a href="/standorte">Standorte</a></nav></header>' +
    '<main><h1>Willkommen</h1><p>Ihr Partner für Neu- und Gebrauchtwagen in der Ostschweiz.</p></main>' +
    `<footer><p>Wendell Auto AG · Hauptstrasse 4 · 9000 St. Gallen</p><p>Tel. <a href="tel:+41715550123">071 555 01 23</a></p><p><a href="mailto:info@wendell-auto.example">info@wendell-auto.example</a></p>${footer}</footer></body></html>`;
  // Not its home page, where a visitor's log-in is no marketplace's sign anyway.
  const found = foundAt('https://www.wendell-auto.example/aktionen/fruehling.html', 'CH');
  const OWN = ['email info@wendell-auto.example', 'phone +41715550123'];

  it.each([['Newsletter anmelden'], ['Newsletter: anmelden'], ['Nieuwsbrief - inloggen']])('is no account control: "%s"', (words) => {
    expect(found(dealer(`<p><a href="/news">News &amp; Events</a> <a href="/newsletter">${words}</a> <a href="/impressum">Impressum</a></p>`), 'CH')).toEqual(OWN);
  });

  it("but a visitor's log-in on an ad's page still is, away from the newsletter", () => {
    const ad = foundAt('https://www.wendell-auto.example/occasionen/vw-golf-12', 'CH');
    const footer = '<p><a href="/newsletter">Newsletter</a> <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/mein-bereich">Anmelden</a></p>';
    expect(ad(dealer(footer), 'CH')).toEqual([]);
    // Two links side by side: the newsletter's, then the members' log-in.
    expect(ad(dealer('<p><a href="/newsletter">Newsletter</a> · <a href="/mein-bereich">Login</a></p>'), 'CH')).toEqual([]);
    expect(ad(dealer('<p><a href="/newsletter">Newsletter anmelden</a></p>'), 'CH')).toEqual(OWN);
  });
});

describe('underscores as spacers, and a dash before a space inside a number', () => {
  const contact = (body: string): string => `<!doctype html><html><body><main><h1>Contact</h1>${body}</main></body></html>`;
  const found = foundAt('https://www.wendell-valk.example/contact.html', 'NL');

  it('reads a line padded with underscores as spaced', () => {
    const body = '<p>_Telefoon:_________0117- 55 01 23</p><p>_______ ___________06-555 012 34</p><p>_E-mail: __________info(@)wendell-valk.example</p>';
    expect(found(contact(body), 'NL')).toEqual(['email info@wendell-valk.example', 'phone +31117550123', 'phone +31655501234']);
  });

  it('keeps an underscore inside a mailbox', () => {
    expect(found(contact('<p>E-mail: lena_marten@wendell-valk.example</p>'), 'NL', 'email')).toEqual(['email lena_marten@wendell-valk.example']);
  });

  it('not an id after one underscore, nor a range of prices with a dash', () => {
    expect(found(contact('<p>Artikel: ref_0117550123</p><p>Prijs: 1.200- 1.500 euro</p>'), 'NL', 'phone')).toEqual([]);
  });
});
