/**
 * From the fix round on the 65th sealed round: a US dentist's degrees after the name without a
 * comma ("Lena Marten DDS"), a practice's footer line that opens with the dentist's name and goes
 * on after a bar, a middle initial before the letters; and a firm's directors' cards ("Director
 * of Lending"); a team page's bio that opens with the name and the letters ("Lena Marten, D.D.S.,
 * has cared for …"); a Vietnamese contact card headed by "Ông" or "Bà". With the cases an adversary
 * would bring. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const us = foundAt('https://www.wendelldental.example/contact-us', 'US');

describe("a dentist's degrees after the name", () => {
  it.each([
    ['<p>Lena Marten DDS</p><p>22 W 6th St</p>', ['name lena marten']],
    ['<p>Kamal Reilly DMD</p>', ['name kamal reilly']],
    ['<p>Lena K. Marten, DDS</p>', ['name lena k. marten']],
    ['<p>Lena Marten, DDS | 410 Elm St Topeka KS 66603 | Phone: 785-555-0175</p>', ['name lena marten']],
  ])('%s', (body, want) => {
    expect(us(page(`<h1>Contact</h1>${body}`), 'US', 'name')).toEqual(want);
  });

  it.each([
    ['<p>Lena Marten, D.D.S., has cared for patients in this town since 1994.</p>', ['name lena marten']],
    ['<p>Kamal Reilly, DMD, is a graduate of a dental school in Ohio.</p>', ['name kamal reilly']],
    ['<p>Rafael Irfan, RDH, has run our hygiene room since 2015.</p>', ['name rafael irfan']],
  ])("a team page's bio that opens with the name and the letters: %s", (body, want) => {
    expect(us(page(`<h1>About Us</h1>${body}`), 'US', 'name')).toEqual(want);
  });

  it.each([
    // A practice's name before the letters, a place before a state's abbreviation.
    ['<p>Bayside Family Dentistry DDS</p>'],
    ['<p>Ellicott City, MD</p>'],
    // Unknown words before the letters, with a bar after them.
    ['<p>Quorra Vexlin DDS | Open Monday to Friday</p>'],
    // A practice's name before the letters in a bio's sentence.
    ['<p>Bayside Family Dentistry, DDS, has served the town since 1990.</p>'],
  ])('no name from %s', (body) => {
    expect(us(page(`<h1>Contact</h1>${body}`), 'US', 'name')).toEqual([]);
  });
});

describe("a firm's directors' cards", () => {
  const au = foundAt('https://www.wendell-group.example/about', 'AU');
  const card = (name: string, title: string): string => `<div class="person"><h4>${name}</h4><p>${title}</p></div>`;

  it('names above their directorships', () => {
    const body = card('Lena Marten', 'Director of Procurement') + card('Kamal Reilly', 'Managing Director');
    expect(au(page(`<h2>People</h2>${body}`), 'AU', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    // A heading above a plural, a make above a title, a heading above a directorship.
    [card('Board Members', 'Directors')],
    [card('Mercedes Benz', 'Director')],
    [card('Our People', 'Director of Procurement') + card('Get in Touch', 'Managing Director')],
  ])('no name from %s', (body) => {
    expect(au(page(`<h2>People</h2>${body}`), 'AU', 'name')).toEqual([]);
  });
});

describe('a Vietnamese contact card headed "Ông" or "Bà"', () => {
  const vn = foundAt('https://www.wendell-baobi.example/lien-he', 'VN');
  const card = (line: string): string => `<h3>Thông tin liên hệ</h3><p>${line}</p><p>Chức vụ: Giám Đốc</p><p>Di động: 0912 555 318</p>`;

  it.each([
    ['ÔNG PHẠM QUỐC BẢO', ['name phạm quốc bảo']],
    ['Bà Trần Thị Mai', ['name trần thị mai']],
  ])('%s', (line, want) => {
    expect(vn(page(card(line)), 'VN', 'name')).toEqual(want);
  });

  it.each([
    // Places and streets named with the same words.
    ['Bà Rịa Vũng Tàu'],
    ['Địa chỉ: 12 Ông Ích Khiêm, Đà Nẵng'],
    // Not at the line's start, or one word alone.
    ['Liên hệ Bà Trần Thị Mai'],
    ['Ông Tám'],
  ])('no name from %s', (line) => {
    expect(vn(page(card(line)), 'VN', 'name')).toEqual([]);
  });

  it("not on another market's page", () => {
    expect(foundAt('https://www.wendell-baobi.example/lien-he', 'FR')(page(card('ÔNG PHẠM QUỐC BẢO')), 'FR', 'name')).toEqual([]);
  });
});
