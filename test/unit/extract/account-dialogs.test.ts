/**
 * From the 145th sealed round (classified sites' ad and result pages): a flat-share marketplace
 * prints, on every page, a sign-up dialog whose tab for firms offers the platform's sales line
 * ("Für Firmenkunden: Rufen Sie uns an …"), beside the advertiser's number in a contact dialog.
 * A site's account layer (sign-up, registration, log-in) is its own, as its help desk is; the cases
 * an adversary would bring: the layers' other names, a contact dialog, a form to register interest
 * beside an agent's line, a layer's word without an account's, and a business's own site.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const AD = 'https://www.wendell-wg.example/anzeige/4711';
const de = foundAt(AD, 'DE');
const SALES = '030 555 09 99';
const layer = (mark: string, inner = `<p>Für Firmenkunden: Rufen Sie uns an <a href="tel:${SALES}">${SALES}</a></p>`): string =>
  `<div ${mark} class="modal fade" role="dialog"><div class="modal-dialog"><div class="modal-body">${inner}</div></div></div>`;
const adPage = (extra: string, body = '<p>Helles Apartment, 18 m², ab sofort frei.</p>'): string =>
  `<!doctype html><html lang="de"><head><title>Apartment frei</title></head><body>` +
  `<header><nav><a href="/">Start</a> <a href="/login">Login</a></nav></header>` +
  `<div id="contact_modal" class="modal fade" role="dialog"><div class="modal-body"><a href="tel:+4915155501234">+49 151 5550 1234</a></div></div>` +
  `${extra}<main><h1>Apartment in Wendelstadt</h1>${body}</main><footer><p>© Wendell WG GmbH</p></footer></body></html>`;

describe("a site's account layer", () => {
  it.each([
    ['id="register_modal"'],
    ['id="registration-modal"'],
    ['id="signup-popup"'],
    ['id="sign_up_dialog"'],
    ['id="loginModal"'],
    ['id="login-layer"'],
    ['id="signin-overlay"'],
    ['data-x class="user register_popup"'],
  ])('%s: the platform\'s line in it is no advertiser\'s', (mark) => {
    expect(de(adPage(layer(mark)), 'DE', 'phone')).toEqual(['phone +4915155501234']);
  });
});

describe('still read', () => {
  it("the advertiser's number in a contact dialog", () => {
    expect(de(adPage(''), 'DE', 'phone')).toEqual(['phone +4915155501234']);
  });

  it("a developer's form to register interest, beside its agent's line", () => {
    const body = `<section id="register-interest"><h2>Register your interest</h2><p>Call Lena Marten on <a href="tel:${SALES}">${SALES}</a></p><form><input name="email"></form></section>`;
    expect(de(adPage('', body), 'DE', 'phone')).toEqual(['phone +4915155501234', 'phone +49305550999']);
  });

  it.each([
    ['a modal that is no account\'s', 'id="photo-modal"'],
    ['a word that only begins like one', 'id="registered-dealers-popup"'],
  ])('%s', (_, mark) => {
    expect(de(adPage(layer(mark)), 'DE', 'phone')).toEqual(['phone +4915155501234', 'phone +49305550999']);
  });
});

describe("a business's own site", () => {
  it("keeps the number in its staff's log-in layer, as it keeps its footer's: the business's", () => {
    const own = 'https://www.autohaus-qorvan.example/fahrzeuge/golf.html';
    const html =
      `<!doctype html><html lang="de"><head><title>Golf</title></head><body><header><nav><a href="/">Start</a></nav></header>` +
      layer('id="login-modal"', `<p>Händlerbereich. Fragen? <a href="tel:${SALES}">${SALES}</a></p>`) +
      `<main><h1>VW Golf 1.4</h1><p>12.500 €</p></main><footer><p>Autohaus Qorvan, Wendelweg 7, 12345 Wendelstadt</p><p>info@autohaus-qorvan.example</p></footer></body></html>`;
    expect(foundAt(own, 'DE')(html, 'DE', 'phone')).toEqual(['phone +49305550999']);
  });
});
