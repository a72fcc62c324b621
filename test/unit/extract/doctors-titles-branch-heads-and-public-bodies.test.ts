/**
 * From the 100th and 101st sealed rounds: an Italian practice's doctor after "Dott." (family name
 * first, as Italian offices write it); a team page's "Dipl. päd." before a name; a library's
 * branch librarians on the line under their post's label; an address glued to the next element's
 * capitalised word; a county's main line in its site's footer. Every name, number and domain here
 * is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { withoutTitles } from '../../../lambdas/collect/extract/names.js';
import { foundAt, page } from './found.js';

describe("a doctor's name after the Italian titles", () => {
  const practice = foundAt('https://www.wendell-dentista.it/contattaci/', 'IT');
  const card = (line: string): string => page(`<div class="card"><p>${line}</p><b>Dentista</b><p>Tel. 0871 555142</p></div>`);

  it.each([['Dott. Kamal Reilly', 'kamal reilly'], ['Dott.ssa Lena Marten', 'lena marten'], ['Dr.ssa Anna Berg', 'anna berg']])('is read after %s', (line, name) => {
    expect(practice(card(line), 'IT', 'name')).toEqual([`name ${name}`]);
  });

  it('is read with the family name first, as an Italian card writes it', () => {
    expect(practice(card('Dott. Berg Anna'), 'IT', 'name')).toEqual(['name berg anna']);
  });

  it('but not so on a market that writes the given name first', () => {
    const praxis = foundAt('https://www.wendell-zahnarzt.de/kontakt/', 'DE');
    expect(praxis(page('<div><p>Dr. Berg Anna</p><p>Tel. 030 5550142</p></div>'), 'DE', 'name')).toEqual([]);
  });

  it('nor inside a sentence, where the doctor is as often someone else', () => {
    expect(practice(page('<p>Il corso è tenuto dal Dott. Berg Anna ogni lunedì.</p><p>Tel. 0871 555142</p>'), 'IT', 'name')).toEqual([]);
  });
});

describe('titles before a name', () => {
  it('are left out, in the Austrian spelling of a diploma too', () => {
    expect(withoutTitles('Dipl. päd. Lena Marten')).toBe('Lena Marten');
    expect(withoutTitles('Dipl. Ing. Kamal Reilly')).toBe('Kamal Reilly');
    expect(withoutTitles('Dipl.-Päd. Anna Berg')).toBe('Anna Berg');
  });

  it('and a name that opens with no title keeps its words', () => {
    expect(withoutTitles('Diplomat Lena Marten')).toBe('Diplomat Lena Marten');
  });
});

describe("a post's label on its own line over its holder's name", () => {
  const library = foundAt('https://www.wendell-township.example/branches/', 'CA');
  const branch = (name: string, phone: string, post = 'Branch Librarian:'): string =>
    `<h3>${name.split(' ')[0]} Branch</h3>12 Wendell Street<br />Wendelton, ON K0A 9Z9<br /><br />Phone: ${phone}<br />` +
    `<a href="mailto:branch@wendell-mail.example">branch@wendell-mail.example</a><br />${post} <br />${name}<br /><br />`;

  it("names each branch's head, with a number or a mailbox on the lines around", () => {
    const html = page(branch('Lena Marten', '416.555.0142') + branch('Kamal Reilly', '416.555.0143'));
    expect(library(html, 'CA', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it('names no one under a label that is no post', () => {
    const html = page(branch('Lena Marten', '416.555.0142', 'Opening Hours:') + branch('Kamal Reilly', '416.555.0143', 'Directions:'));
    expect(library(html, 'CA', 'name')).toEqual([]);
  });

  it('names no one where no number or mailbox is near', () => {
    const html = page(`<p>${'The library lends books, films and games. '.repeat(4)}</p><p>Branch Librarian:<br>Lena Marten</p><p>${'Story time is on Saturdays. '.repeat(4)}</p>`);
    expect(library(html, 'CA', 'name')).toEqual([]);
  });

  it("takes a street's name for no one's", () => {
    const html = page(branch('Main Street', '416.555.0142') + branch('Mill Road', '416.555.0143'));
    expect(library(html, 'CA', 'name')).toEqual([]);
  });
});

describe("an address glued to the next element's word", () => {
  const library = foundAt('https://www.wendell-township.example/branches/', 'CA');

  it('ends where a capital follows its top-level domain', () => {
    const html = page('<p>Phone: 416.555.0142<br><a href="mailto:lena@wendell-mail.example">lena.marten@wendell-mail.ca</a>Branch Librarian:</p>');
    expect(library(html, 'CA', 'email')).toEqual(['email lena.marten@wendell-mail.ca', 'email lena@wendell-mail.example']);
  });

  it('keeps a domain written in capitals, or with a capital inside a label before the last', () => {
    const html = page('<p>Mail: info@WENDELL-MAIL.CA or office@mail.WendellBau.ca</p>');
    expect(library(html, 'CA', 'email')).toEqual(['email info@wendell-mail.ca', 'email office@mail.wendellbau.ca']);
  });
});

describe("a county's main line in its site's footer", () => {
  const office = foundAt('https://www.wendell-county.example/county/registrar/', 'US');
  const footer = (owner: string, extra = ''): string =>
    '<!doctype html><html><body><main><h1>Registrar</h1><p>The Registrar keeps the records of births and marriages.</p></main>' +
    `<footer><h1 class="title"><a href="/county/">${owner}</a></h1><ul class="address"><li>1 Wendell Boulevard</li><li>Wendelton, Ohio 43999-1234</li><li>Phone: (317) 555-0100</li></ul>${extra}</footer></body></html>`;

  it("is the county's own", () => {
    expect(office(footer('Wendell County, Ohio'), 'US', 'phone')).toEqual(['phone +13175550100']);
  });

  it('as a city hall\'s is', () => {
    expect(office(footer('City of Wendelton'), 'US', 'phone')).toEqual(['phone +13175550100']);
  });

  it("stays a platform's in a footer that names no public body", () => {
    expect(office(footer('Wendell Listings Inc.'), 'US', 'phone')).toEqual([]);
  });

  it("stays a platform's where the footer also asks visitors to post an ad", () => {
    expect(office(footer('Wendell County, Ohio', '<a href="/post-ad">Post an ad</a> <a href="/login">Log in</a>'), 'US', 'phone')).toEqual([]);
  });
});

describe("a public body's site with its residents' log-in", () => {
  const commission = foundAt('https://www.wendelton.example/parks/garden-commission', 'US');
  const site = (header: string): string =>
    `<!doctype html><html><body><header>${header}</header><main><h1>Garden Commission</h1><p>The commission looks after the city's parks.</p></main>` +
    '<footer><h3>Contact Us</h3><p><strong>City of Wendelton</strong><br>12 Wendell Ave.<br>Wendelton, OH 43999<br>(216) 555-0151</p></footer></body></html>';

  it("keeps the city's main line: the log-in is its residents'", () => {
    expect(commission(site('<a href="/MyAccount">Log in</a> <a href="/MyAccount/Create">Create an account</a>'), 'US', 'phone')).toEqual(['phone +12165550151']);
  });

  it("but not where the header asks visitors to post an ad", () => {
    expect(commission(site('<a href="/login">Log in</a> <a href="/post-ad">Post an ad</a>'), 'US', 'phone')).toEqual([]);
  });
});

/**
 * A landlord's own site: its flat-search page's lettings office block, the number after its label
 * on the line over the mailbox. The site's own mailbox made it the landlord's; the block says the
 * mailbox is the office's, on a page that is neither the contact page nor prints it twice.
 */
describe("an office's block on its own site's listing page", () => {
  const search = foundAt('https://www.wendell-wohnen.example/wohnen/angebote/', 'DE');
  const office = (between = ''): string =>
    page(
      '<h1>Wohnungssuche</h1><ul><li>2 Zimmer, 54 m², 612 €</li><li>3 Zimmer, 71 m², 845 €</li></ul>' +
        `<div><h2>Vermietungsbüro</h2><p>Wendelweg 1<br> 12345&nbsp;Berlin<br> Tel. (030) 555 - 1111<br>${between}<a href="mailto:vermietung@wendell-wohnen.example">vermietung@wendell-wohnen.example</a></p></div>`,
    );

  it('gives the office its mailbox', () => {
    expect(search(office(), 'DE', 'email')).toEqual(['email vermietung@wendell-wohnen.example']);
  });

  it('not where a line of prose stands between the number and the mailbox', () => {
    expect(search(office('Schreiben Sie uns gern jederzeit eine Nachricht an<br>'), 'DE', 'email')).toEqual([]);
  });
});
