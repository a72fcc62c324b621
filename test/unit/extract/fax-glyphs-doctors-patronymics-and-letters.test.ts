/**
 * From the fix round on the 63rd sealed round (m65a, m65b, m65c: agencies', clinics', law firms'
 * and contractors' own sites in Europe, the Americas, Asia and Africa), general rules, each with
 * the cases an adversary would bring: a number after a fax glyph, and after "Facsimile", is a fax
 * line (now kept: a fax line is the firm's number too); a physician's name after "Dr." or "Доктор"; a Malay or Arabic name with its patronymic
 * ("bin", "binti", "a/l") on a line of its own; a name with professional letters after it; an
 * office's heading in Indonesian is no name. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a number after a fax glyph is a fax line, the firm's number too", () => {
  const ie = foundAt('https://www.marten-estates.example/property/12', 'IE');
  const footer = (lines: string): string =>
    `<!doctype html><html><body><main><h1>3 bed semi-detached</h1><a href="mailto:info@marten-estates.example">info@marten-estates.example</a></main><footer>${lines}</footer></body></html>`;

  it.each([
    // The glyph before the number, as an icon font draws it; then a glyph's own text.
    ['<p><i class="fa fa-phone"></i> 01 555 0142</p><p><i class="fa fa-fax"></i> 01 555 0143</p>'],
    ['<p><span class="icon-phone"></span>01 555 0142</p><p><span class="icon-fax"></span>01 555 0143</p>'],
    ['<p><i class="fa-solid fa-phone"></i> 01 555 0142</p><p><span class="fax-icon">01 555 0143</span></p>'],
  ])('in a footer: %s', (lines) => {
    expect(ie(footer(lines), 'IE', 'phone')).toEqual(['phone +35315550142', 'phone +35315550143']);
  });

  it('in the content', () => {
    const body = '<div class="office"><p><i class="fa fa-phone"></i> 01 555 0142</p><p><i class="fa fa-fax"></i> 01 555 0143</p></div>';
    expect(ie(page(`<h1>Contact</h1>${body}`), 'IE', 'phone')).toEqual(['phone +35315550142', 'phone +35315550143']);
  });

  it.each([
    // A number the page also labels as a phone, once.
    ['<p><i class="fa fa-fax"></i> 01 555 0143</p><p>Tel. 01 555 0143</p>', ['phone +35315550143']],
    // A class that only holds the letters ("relax", "faxon").
    ['<p><i class="icon-relax"></i> 01 555 0142</p><p><i class="faxon-logo"></i> 01 555 0143</p>', ['phone +35315550142', 'phone +35315550143']],
    // A glyph before words ("Fax on request") gives no number.
    ['<p><i class="fa fa-fax"></i> on request</p><p><i class="fa fa-phone"></i> 01 555 0142</p>', ['phone +35315550142']],
  ])('%s', (lines, want) => {
    expect(ie(footer(lines), 'IE', 'phone')).toEqual(want);
  });
});

describe('"Facsimile" labels a fax line, the firm\'s number too', () => {
  const ca = foundAt('https://www.reilly-law.example/lawyers/kreilly.html', 'CA');
  it.each([
    ['<ul><li>Telephone</li><li>416.555.0142</li><li>Facsimile</li><li>416.555.0199</li></ul>'],
    ['<p>Telephone: 416.555.0142 · Facsimile: 416.555.0199</p>'],
  ])('%s', (body) => {
    expect(ca(page(`<h1>Kamal Reilly</h1>${body}`), 'CA', 'phone')).toEqual(['phone +14165550142', 'phone +14165550199']);
  });
});

describe("a physician's or a dentist's name after their title", () => {
  const ua = foundAt('https://klinika-marten.example/team.html', 'UA');
  const us = foundAt('https://www.marten-dental.example/team', 'US');
  it.each([
    ['<h3>Доктор Олена Коваль</h3><p>Стоматолог-терапевт</p>', ['name олена коваль']],
    ['<h3>Д-р Олена Коваль</h3><p>Ортопед</p>', ['name олена коваль']],
  ])('%s', (body, want) => {
    expect(ua(page(`<h1>Наша команда</h1>${body}`), 'UA', 'name')).toEqual(want);
  });

  it.each([
    ['<h3>Dr. Lena Marten</h3><p>Family dentist</p>', ['name lena marten']],
    ['<p>Your dentist: Dra. Lena Marten.</p>', ['name lena marten']],
    ['<h3>Doctor Kamal Reilly</h3><p>Orthodontist</p>', ['name kamal reilly']],
    // Brands and streets named after a doctor: no known given name first, or the name goes on.
    ['<p>Dr. Oetker Pizza Ristorante</p>', []],
    ['<p>Visit us at 12 Dr. Martin Luther King Jr. Blvd</p>', []],
    ['<p>Dr. Martens boots in stock</p>', []],
    // One word after the title, or a sentence going on in capitals.
    ['<p>Dr. Marten</p>', []],
    ['<p>Dr. Lena Marten Clinic Group Today</p>', []],
  ])('%s', (body, want) => {
    expect(us(page(`<h1>Our team</h1>${body}`), 'US', 'name')).toEqual(want);
  });
});

describe('a Malay or Arabic name with its patronymic, on a line of its own', () => {
  const my = foundAt('https://www.amir-elektrik.example/management.html', 'MY');
  const list = (items: string[]): string => `<p>ELECTRICIAN</p><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
  it.each([
    [list(['Amir Zaki Bin Kamal']), ['name amir zaki bin kamal']],
    // Honorifics and titles before it are passed over; a profile table's colon too.
    [list(['Tuan Haji Amir Zaki Bin Kamal']), ['name amir zaki bin kamal']],
    [list([': Nur Aina Binti Nizam']), ['name nur aina binti nizam']],
    [list(['Rafael A/L Irfan']), ['name rafael a/l irfan']],
    // A Malay name's first word the known names lack.
    [list(['Mohd Syafiq Bin Yap']), ['name mohd syafiq bin yap']],
  ])('%s', (body, want) => {
    expect(my(page(`<h1>Organisation Chart</h1>${body}`), 'MY', 'name')).toEqual(want);
  });

  it.each([
    // "Bin" in English, and no known name on either side.
    [list(['Recycle Bin Cleanup Service', 'Wheelie Bin Hire Perth'])],
    // A street, a mosque named after someone.
    [list(['Jalan Amir Bin Kamal', 'Masjid Nizam Bin Irfan'])],
    // Inside a sentence, not a line of its own.
    ['<p>Our founder Amir Zaki Bin Kamal started the firm in 2001.</p>'],
  ])('no name from %s', (body) => {
    expect(my(page(`<h1>Organisation Chart</h1>${body}`), 'MY', 'name')).toEqual([]);
  });
});

describe('a name with professional letters after it', () => {
  const ie = foundAt('https://www.marten-estates.example/property/12', 'IE');
  const id = foundAt('https://www.irfan-lawyers.example/tim.html', 'ID');
  it.each([
    [ie, 'IE', '<p>Lena Marten MSCSI MRICS</p><p>01 555 0142</p>', ['name lena marten']],
    [ie, 'IE', '<h3>Kamal Reilly, Q.C.</h3><p>Partner since 1998</p>', ['name kamal reilly']],
    [id, 'ID', '<span class="tag">Founder</span><h3>Rafael Irfan, S.H., M.H.</h3>', ['name rafael irfan']],
    // A firm's name with the letters is no person's.
    [ie, 'IE', '<p>Marten Associates, CPA</p>', []],
    [ie, 'IE', '<p>Reilly Partners MRICS</p>', []],
  ])('%s', (at, country, body, want) => {
    expect(at(page(`<h1>Contact</h1>${body}`), country, 'name')).toEqual(want);
  });
});

describe("an office's heading in Malay and Indonesian is no name", () => {
  const id = foundAt('https://www.irfan-lawyers.example/hubungi-kami.html', 'ID');
  it('"Alamat Utama" (main address) on a contact card', () => {
    const card = '<article class="contact-card"><span class="tag">Kantor</span><h3>Alamat Utama</h3><p>Jl. Merdeka 12, Jakarta</p></article>';
    expect(id(page(`<h1>Hubungi Kami</h1>${card}`), 'ID', 'name')).toEqual([]);
  });
});
