/**
 * From the fix round on the 66th sealed round (m68a, m68b, m68c): a business's own site whose
 * content lists two people or more, each with a number and a mailbox at the site's domain (a
 * firm's staff list, a garage's team): theirs, as the footer's mailbox is. And a number's last digits run
 * together with the address after it in a page's description ("… 4555 0123ventas@…"). With the
 * cases an adversary would bring: a marketplace's page with the same list, one such mailbox alone
 * or a list without numbers (the rules of any page hold there), an address that starts
 * with digits of its own. (A desk's or a function's mailbox at the site's domain says "platform"
 * by itself: own-site.ts.) All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const URL = 'https://www.wendell-logistics.example/en';
const found = foundAt(URL, 'VN');
const staff = (name: string, phone: string, mailbox: string): string =>
  `<div class="info"><p><b>${name}</b></p><p><i>Freight Coordinator</i></p><p><a href="tel:${phone}">${phone}</a></p><p><a href="mailto:${mailbox}">${mailbox}</a></p></div>`;
// Mailboxes not named after their people: nothing but the site says whose they are.
const STAFF =
  '<h4>Our sales team</h4>' +
  staff('Lena Marten', '0912 555 417', 'sale1@wendell-logistics.example') +
  staff('Kamal Reilly', '0912 555 263', 'sale.hcm@wendell-logistics.example');
const site = (header: string, content: string): string =>
  `<!doctype html><html><body><header><a href="/">Wendell Logistics</a> <a href="/en/services">Services</a>${header}</header>` +
  `<main><h1>Freight forwarding</h1><p>Sea, air and road freight.</p>${content}</main>` +
  '<footer><p>Wendell Logistics Co., Ltd · 12 Nguyen Hue, District 1</p><p>Tel: (028) 3555 0100</p><p><a href="mailto:info@wendell-logistics.example">info@wendell-logistics.example</a></p></footer></body></html>';

describe("a business's own site: its people's mailboxes at its domain, in its content", () => {
  it('are its people\'s, with the mobiles beside them', () => {
    expect(found(site('', STAFF), 'VN', 'email')).toEqual([
      'email info@wendell-logistics.example',
      'email sale.hcm@wendell-logistics.example',
      'email sale1@wendell-logistics.example',
    ]);
    expect(found(site('', STAFF), 'VN', 'phone')).toEqual(['phone +842835550100', 'phone +84912555263', 'phone +84912555417']);
  });

  it('but not one such mailbox alone, nor a list of mailboxes without their numbers', () => {
    const one = '<h4>Our sales team</h4>' + staff('Lena Marten', '0912 555 417', 'sale1@wendell-logistics.example');
    expect(found(site('', one), 'VN', 'email')).toEqual(['email info@wendell-logistics.example']);
    const bare = '<h4>Our sales team</h4><p>Lena Marten</p><p>sale1@wendell-logistics.example</p><p>Kamal Reilly</p><p>sale.hcm@wendell-logistics.example</p>';
    expect(found(site('', bare), 'VN', 'email')).toEqual(['email info@wendell-logistics.example']);
  });

  it("but on a marketplace's page (its log-in and posting controls) the same list stays the platform's", () => {
    const controls = ' <a href="/login">Log in</a> <a href="/post-ad">Post an ad</a>';
    expect(found(site(controls, STAFF), 'VN', 'email')).toEqual([]);
  });
});

describe("a number's last digits run together with the address after it", () => {
  const cl = foundAt('https://www.wendell-seguridad.example/contacto/', 'CL');
  const meta = (description: string): string =>
    `<!doctype html><html><head><meta property="og:description" content="${description}"></head><body><main><h1>Contacto</h1></main></body></html>`;

  it('the digits are the number\'s', () => {
    expect(cl(meta('Valparaíso: +56 9 4555 0123seguridad.wendell@gmail.com, abierto de lunes a viernes'), 'CL', 'email')).toEqual(['email seguridad.wendell@gmail.com']);
  });

  it('an address that starts with digits of its own keeps them', () => {
    expect(cl(meta('Escríbenos: 24horas.wendell@gmail.com'), 'CL', 'email')).toEqual(['email 24horas.wendell@gmail.com']);
    expect(cl(meta('Oficina 2 0123ventas.wendell@gmail.com'), 'CL', 'email')).toEqual(['email 0123ventas.wendell@gmail.com']);
  });
});
