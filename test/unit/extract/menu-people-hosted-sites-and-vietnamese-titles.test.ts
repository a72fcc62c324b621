/**
 * From the fix round on the 63rd sealed round (m65b, m65c), general rules with the cases an
 * adversary would bring: a firm's menu that links its people's own pages names them; a business
 * whose site is hosted under a host's domain ("…netlify.app", "…github.io") writes its own mailbox
 * at its own domain of the same name; a Vietnamese doctor's name after their titles. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a firm's menu that links its people's own pages", () => {
  const ca = foundAt('https://www.reilly-law.example/contact.html', 'CA');
  const menu = (items: string): string =>
    `<!doctype html><html><body><nav><ul><li><a href="/">Home</a></li><li>Lawyers<ul>${items}</ul></li><li><a href="/contact.html">Contact</a></li></ul></nav>` +
    '<main><h1>Contact us</h1><p>Tel. 416-555-0142</p></main></body></html>';
  it.each([
    // The address spells the name: initials and surname, its words, or its words joined.
    [
      '<li><a href="/lawyers/kreilly.html">Kamal Reilly, Q.C.</a></li><li><a href="/lawyers/lmarten.html">Lena Marten</a></li>',
      ['name kamal reilly', 'name lena marten'],
    ],
    [
      '<li><a href="/team/kamal-reilly/">Kamal Reilly</a></li><li><a href="/team/lenamarten">Lena Marten</a></li>',
      ['name kamal reilly', 'name lena marten'],
    ],
  ])('%s', (items, want) => {
    expect(ca(menu(items), 'CA', 'name')).toEqual(want);
  });

  it.each([
    // One such link alone may be the visitor's own page.
    ['<li><a href="/lawyers/kreilly.html">Kamal Reilly</a></li>'],
    // Addresses that do not spell the link's text: a practice area, an id.
    ['<li><a href="/lawyers/real-estate.html">Kamal Reilly</a></li><li><a href="/lawyers/48213">Lena Marten</a></li>'],
    // A menu's links to places and services under a people's path.
    ['<li><a href="/team/perth-office">Perth Office</a></li><li><a href="/team/new-york">New York</a></li>'],
  ])('no name from %s', (items) => {
    expect(ca(menu(items), 'CA', 'name')).toEqual([]);
  });
});

describe('a site hosted under a host\'s domain, its mailbox at its own domain of the same name', () => {
  const footer = '<footer><h4>Contact</h4><ul><li><a href="tel:+380352555014">+38 (0352) 55-50-14</a></li><li><a href="mailto:info@wendell-dent.example">info@wendell-dent.example</a></li></ul></footer>';
  const site = (body: string): string => `<!doctype html><html><body><header><a href="/">Wendell Dent</a></header><main>${body}</main>${footer}</body></html>`;
  it.each([
    ['https://wendell-dent.netlify.app/team.html'],
    ['https://wendell-dent.github.io/team.html'],
  ])('%s: the footer is the business\'s own', (url) => {
    expect(foundAt(url, 'UA')(site('<h1>Our team</h1>'), 'UA').filter((l) => !l.startsWith('name'))).toEqual([
      'email info@wendell-dent.example',
      'phone +380352555014',
    ]);
  });

  it.each([
    // A mailbox of another name under a hosted site, and a site at the host's own domain.
    ['https://wendell-dent.netlify.app/team.html', footer.replaceAll('wendell-dent.example', 'orlando-dent.example')],
    ['https://www.netlify.example/team.html', footer],
  ])('%s: not the business\'s own', (url, foot) => {
    const html = `<!doctype html><html><body><header><a href="/">Dentists</a><a href="/login">Log in</a></header><main><h1>Our team</h1></main>${foot}</body></html>`;
    expect(foundAt(url, 'UA')(html, 'UA', 'email')).toEqual([]);
  });
});

describe("a Vietnamese doctor's name after their titles", () => {
  const vn = foundAt('https://phongkham-wendell.example/bac-si.html', 'VN');
  const body = (html: string): string => `<!doctype html><html><body><main><h1>Bác sĩ của chúng tôi</h1>${html}</main></body></html>`;
  it.each([
    ['<h3>TS. BSCC Trần Thị Lan</h3><p>Bác sĩ nội khoa</p>', ['name trần thị lan']],
    ['<p>Phòng khám Nhi ThS. BS Lê Văn Minh</p>', ['name lê văn minh']],
    // A street named after a person, after no title; a title before a word that is no surname.
    ['<p>Địa chỉ: 12 Trần Hưng Đạo, Quận 1</p>', []],
    ['<p>TS. Khoa Nội tổng hợp</p>', []],
  ])('%s', (html, want) => {
    expect(vn(body(html), 'VN', 'name')).toEqual(want);
  });
});
