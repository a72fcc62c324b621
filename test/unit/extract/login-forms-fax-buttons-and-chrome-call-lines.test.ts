/**
 * From the 49th sealed round (found after its scoring): an Irish agency's own site whose theme
 * prints a log-in modal for its staff ("Login / Username / Password") and a floating call button
 * that dials the fax its footer labels (once left out, now the agency's number, as faxes are); and a Canadian
 * marketplace that repeats its own toll-free line from its top bar in a sticky call button, beside
 * the private seller's number. Every site, number, address and name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const OWN = 'https://www.lindenproperty.ie/property/12-oak-road';
const found = (url: string, html: string, country: string, kind?: string): string[] => foundAt(url, country)(html, country, kind);

const site = (header: string, content: string, footer: string): string =>
  `<!doctype html><html><body><header><nav><a href="/">Home</a> <a href="/property">Properties</a>${header}</nav></header>` +
  `<main><h1>12 Oak Road, Carlow</h1><p>Three-bed semi-detached house with a large garden.</p>${content}</main>` +
  `<footer>${footer}</footer></body></html>`;

const FOOTER = '<p>Linden Property · Main Street · Carlow</p><p>TEL: (+353) 059 914 8273</p><p>FAX: (+353) 059 914 8274</p><p><a href="mailto:info@lindenproperty.ie">info@lindenproperty.ie</a></p>';
const LOGIN_FORM = '<div class="login-modal"><div>Linden Property</div><ul><li>Login</li></ul><form><p><label>Username</label></p><p><input name="log"></p><p><label>Password</label></p><p><input type="password" name="pwd"></p><p><button>Login</button></p></form></div>';

describe("a site's own log-in form", () => {
  it('is no marketplace sign by itself: the footer is the agency\'s', () => {
    expect(found(OWN, site('', LOGIN_FORM, FOOTER), 'IE')).toEqual(['email info@lindenproperty.ie', 'phone +353599148273', 'phone +353599148274']);
  });

  it("and its \"Password\" field under a \"Username\" label is no one's nickname", () => {
    expect(found(OWN, site('', LOGIN_FORM, FOOTER), 'IE', 'nickname')).toEqual([]);
  });

  it.each([
    ['a sign-up tab beside it', LOGIN_FORM.replace('<li>Login</li>', '<li>Login</li><li>Register</li>'), ''],
    ['a log-in link in the header', LOGIN_FORM, ' <a href="/login">Log in</a>'],
    ['"Log in to send an e-mail" (no form)', '<p>Log in to send an e-mail to the seller.</p>', ''],
    ['a post-an-ad button', LOGIN_FORM, ' <a href="/post">Post your ad</a>'],
  ])('but with %s it is a marketplace', (_what, content, header) => {
    expect(found(OWN, site(header, content, FOOTER), 'IE', 'email')).toEqual([]);
  });
});

describe("a floating call button that dials the fax the own site's footer labels", () => {
  it("is the agency's line, as its fax is (a fax line is its number too)", () => {
    const button = '<a class="wp-call-button" href="tel:+353599148274"></a>';
    expect(found(OWN, site('', button, FOOTER), 'IE', 'phone')).toEqual(['phone +353599148273', 'phone +353599148274']);
    expect(found(OWN, site('', button, FOOTER.replace(/<p>FAX:[^<]*<\/p>/, '')), 'IE', 'phone')).toEqual(['phone +353599148273', 'phone +353599148274']);
  });
});

describe("a marketplace's own line in its top bar's call link", () => {
  const MARKET = 'https://www.homesforsale.example/en/house-for-sale/48293';
  const header = ' <a href="tel:+18665550142">1 866 555-0142</a>';
  const sticky = '<div class="sticky-cta"><a href="tel:+18665550142">Free consultation</a></div>';

  it("is the platform's wherever else the page repeats it, when the seller's own number is known", () => {
    const box = '<aside class="seller-box"><h3>Contact the owner</h3><a href="tel:438-555-0171">438 555-0171</a></aside>';
    expect(found(MARKET, site(header, box + sticky, '<p>© 2024 Homes for Sale Inc.</p>'), 'CA', 'phone')).toEqual(['phone +14385550171']);
  });

  it("but the seller's, when the seller's card gives the same number", () => {
    const box = '<aside class="seller-box"><h3>Contact the owner</h3><a href="tel:+18665550142">1 866 555-0142</a></aside>';
    expect(found(MARKET, site(header, box, '<p>© 2024 Homes for Sale Inc.</p>'), 'CA', 'phone')).toEqual(['phone +18665550142']);
  });

  it("and left as it was where the seller's number is not known (a dealer's own site may look so)", () => {
    const html = site(`${header} <a href="/login">Log in</a>`, '<p>Call us today!</p><a class="call" href="tel:+18665550142">Call</a>', '<p>© 2024 Oak Ford</p>');
    expect(found('https://www.oakford.example/new/f150', html, 'US', 'phone')).toEqual(['phone +18665550142']);
  });
});
