/**
 * From the 34th sealed round (found after its scoring): a law firm's directory of its lawyers,
 * whose cards link each name in a heading with the post after it, and give each lawyer's mailbox
 * of the firm's domain, named the firm's way ("doej@", "jdoe@"), only in an attribute; and
 * Belarusian sellers' numbers, written after their mobile operator's name or with the operator's
 * code in brackets and no trunk prefix. From the 35th: a listing's cards whose phone line names the
 * agent last, after the agency, or after the number. Every name, number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const firm = foundAt('https://www.lawfirm.example/LawyerListing', 'US');
const by = foundAt('https://baraholka.forum.example/viewforum.php?f=2', 'BY');

/** A lawyer's card as the directory prints it: photo, name and post, office and line, vCard and e-mail button. */
const card = (name: string, slug: string, post: string, office: string, phone: string, mailbox: string): string =>
  `<div class="card row"><div class="lawyer-photo"><a href="/Lawyers/${slug}"><img alt="${name} Headshot Photo" src="/p/${slug}.png"></a></div>` +
  `<div class="lawyer-name"><a href="/Lawyers/${slug}"><h3>${name}</h3>${post}</a></div>` +
  `<div class="lawyer-location"><p><a href="/Lawyers/${slug}">${office}<br>${phone}</a></p></div>` +
  `<div class="lawyer-contact"><p><a href="/Lawyers/${slug}.vcf">vCard</a><br><a data-sc-email="${mailbox}" href="#bioEmailModal">Email</a></p></div></div>`;

describe("a firm's directory of its lawyers", () => {
  const html = page(
    '<h1>Our lawyers</h1>' +
      card('Jane Q. Doe', 'Jane-Q-Doe', 'Partner', 'New York', '+1-212-555-0142', 'doej@lawfirm.example') +
      card('Tomas Vale', 'Tomas-Vale', 'Associate', 'Frankfurt', '+49 69 9876 5430', 'tvale@lawfirm.example'),
  );

  it('names each lawyer by the heading in the profile link, not the heading run into the post after it', () => {
    expect(firm(html, 'US', 'name')).toEqual(['name jane q. doe', 'name tomas vale']);
  });

  it("keeps each lawyer's mailbox of the firm's domain, named by last name and initial either way round", () => {
    expect(firm(html, 'US', 'email')).toEqual(['email doej@lawfirm.example', 'email tvale@lawfirm.example']);
  });

  it("but not a mailbox of the firm's domain named after no one its page shows", () => {
    const other = page(card('Jane Q. Doe', 'Jane-Q-Doe', 'Partner', 'New York', '+1-212-555-0142', 'smithj@lawfirm.example'));
    expect(firm(other, 'US', 'email')).toEqual([]);
  });

  it('nor one whose owner the page names outside any contact block (no number near the name, the address not shown)', () => {
    const prose = page('<h1>News</h1><p>Jane Doe</p><p>joined the firm in 2019.</p><p>She advises lenders.</p><p>Read more.</p><p>Other news.</p><p>Call 212-555-0100</p><a data-sc-email="doej@lawfirm.example" href="#m">Email</a>');
    expect(firm(prose, 'US', 'email')).toEqual([]);
  });

  it('nor a local part too short to spell a last name ("jd@")', () => {
    const short = page(card('Jane Doe', 'Jane-Doe', 'Partner', 'New York', '+1-212-555-0142', 'jd@lawfirm.example'));
    expect(firm(short, 'US', 'email')).toEqual([]);
  });

  it("still leaves a member's username as it was (a handle is no name)", () => {
    const forum = page('<div class="item"><small>Created By: </small><small><a rel="nofollow" href="https://www.lawfirm.example/forums/members/yousef%40lr-380646/">Yousef@lr</a></small></div>');
    expect(firm(forum, 'US', 'name')).toEqual([]);
  });
});

describe('Belarusian numbers as sellers write them', () => {
  it.each([
    ["after the mobile operator's name", '<p>Продаю шкаф, мтс 29 645 31 08</p>', ['phone +375296453108']],
    ['after the operator, with its code in brackets', '<p>вел. (44) 652-19-74</p>', ['phone +375446521974']],
    [
      "with the operator's code in brackets and no trunk prefix, in a list",
      '<p>Полки на заказ (29) 613-27-45, (25) 604 18 37,</p>',
      ['phone +375256041837', 'phone +375296132745'],
    ],
  ])('%s', (_what, body, want) => {
    expect(by(page(body), 'BY', 'phone')).toEqual(want);
  });

  it('but a bracketed code after a country code written without its "+" is that country\'s ("64 (800) …", "64 (6) …")', () => {
    // An English page: its language lets a national number be read as a British one too, and the
    // second line's ten digits would make a valid US number.
    const us = foundAt('https://www.rv-directory.example/dealers', 'US');
    const html =
      '<html lang="en"><body><main><p>Harbour Caravans Tauranga, New Zealand 64 (800) 135 792</p><p>Summit Campers New Plymouth, New Zealand 64 (6) 759 1234</p></main></body></html>';
    expect(us(html, 'US', 'phone')).toEqual(['phone +6467591234', 'phone +64800135792']);
  });
});

describe('a phone line that ends with whose the numbers are', () => {
  const realty = foundAt('http://realty.example.by/sale/flats/', 'BY');
  it.each([
    ['the agent after the agency, the last item of the line', '<p>Телефоны: (8-029) 613-27-45, (8-017) 290-18-36, Новый Квартал, Злата</p>', ['name злата']],
    ['a first name and patronymic after the number', '<p>Телефоны: (8-044) 652-19-74, Ангелина Романовна</p>', ['name ангелина романовна']],
    ['a name after the number, the line closed by a full stop', '<p>тел. +375 29 645-31-08 Ярослава.</p>', ['name ярослава']],
    ['not the agency when it is the last item', '<p>Телефоны: (8-017) 290-14-77, Домострой</p>', []],
    ["not the last item of a line that gives no phone (an ad's code)", '<p>Код: 4812730, Злата</p>', []],
  ])('%s', (_what, body, want) => {
    expect(realty(page(body), 'BY', 'name')).toEqual(want);
  });
});
