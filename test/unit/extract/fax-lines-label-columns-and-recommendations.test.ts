/**
 * Fax lines, once left out and now kept as the business's numbers (labellers of every later
 * sealed round counted them), wherever the page gives them (a `tel:` link, a line without its
 * label), and numbers printed in a column beside a column of their labels (a directory's dealer
 * card, a table's cells), each taking the label in its row: found in the 32nd sealed round's
 * dealer directory. Other businesses a directory's profile page recommends, in its page data under
 * the widget's own key: found in the 33rd sealed round. Every name, number and address here is
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const us = foundAt('https://www.rv-directory.example/dealers', 'US');
const de = foundAt('https://www.haendler.example/kontakt', 'DE');

/** A dealer card: its labels in one column, their numbers (as `tel:` links) in the next. */
const card = (heading: string, labels: readonly string[], numbers: readonly string[]): string =>
  `<div class="dealer-card"><h3>${heading}</h3>${heading.length % 2 ? '4410 Main St<br>Springfield, IL 62701<br>' : '88 Lake Rd<br>Peoria, IL 61602<br>'}` +
  `<div class="col">${labels.map((l) => `<b>${l}</b><br>`).join('')}</div>` +
  `<div class="col">${numbers.map((n) => `<a href="tel:${n}">${n}</a><br>`).join('')}</div></div>`;

describe("a fax line is the business's number too", () => {
  it('labelled on its line, and also a tel: link', () => {
    const html = page('<p>Sales: <a href="tel:217-555-0142">217-555-0142</a><br>Fax: <a href="tel:217-555-0199">217-555-0199</a></p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550199']);
  });

  it('labelled once, and printed again without a label', () => {
    const html = page('<header><a href="tel:2175550199">(217) 555-0199</a></header><p>Call 217-555-0142</p><p>Fax: 217-555-0199</p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550199']);
  });

  it('once where the page also labels it as a phone', () => {
    const html = page('<p>Phone: <a href="tel:217-555-0142">217-555-0142</a></p><p>Fax: 217-555-0142</p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142']);
  });

  it('in a "Tel./Fax" line, which names one number for both', () => {
    const html = page('<p>Tel./Fax: <a href="tel:+4951112345">0511 12345</a></p>');
    expect(de(html, 'DE', 'phone')).toEqual(['phone +4951112345']);
  });
});

describe("a fax line in the page's schema.org data", () => {
  const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

  it("is the seller's number, as its telephone is", () => {
    const agent = { '@context': 'https://schema.org', '@type': 'RealEstateAgent', name: 'Marten Homes', telephone: '+1 217-555-0142', faxNumber: '+1 217-555-0199' };
    expect(us(page(`<h1>3 bed ranch</h1>${ld(agent)}`), 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550199']);
  });

  it("and its own site's organisation's, where its footer gives its own mailbox", () => {
    const org = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Haendler', url: 'https://www.haendler.example/', telephone: '+49 511 123456', faxNumber: '+49 511 123457' };
    const html = `<!doctype html><html><head>${ld(org)}</head><body><main><h1>Kontakt</h1></main><footer><a href="mailto:info@haendler.example">info@haendler.example</a></footer></body></html>`;
    expect(de(html, 'DE', 'phone')).toEqual(['phone +49511123456', 'phone +49511123457']);
  });
});

describe('numbers in a column beside a column of labels', () => {
  // The numbers as text, not links: a `tel:` link is a number to call whatever its row says.
  const textCard = (heading: string, labels: readonly string[], numbers: readonly string[]): string =>
    card(heading, labels, numbers).replace(/<a href="tel:[^"]*">([^<]*)<\/a>/g, '$1');

  it("take the label in their row: the card's fax is a line of the card, its licence number is not", () => {
    const html = page(textCard('Arlington RV', ['Sales', 'Licence No.', 'Fax'], ['217-555-0142', '217-555-0166', '217-555-0199']));
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550199']);
  });

  it('whatever row the id is in', () => {
    const html = page(textCard('Best RV', ['Licence No.', 'Sales'], ['217-555-0166', '217-555-0142']) + textCard('Lakeside RV Center', ['Toll Free', 'Licence No.'], ['800-555-0133', '309-555-0177']));
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +18005550133']);
  });

  it("in a table's cells, read from the text alone", () => {
    const html = page('<table><tr><td>Telefon:<br>Telefax:<br>USt-IdNr.:</td><td>0511 123456<br>0511 123457<br>0511 123458</td></tr></table>');
    expect(de(html, 'DE', 'phone')).toEqual(['phone +49511123456', 'phone +49511123457']);
  });

  it('keep every number where the labels outnumber them: which label has none is not known', () => {
    const html = page(card('Mitchell RV', ['Sales', 'Toll Free', 'Fax'], ['217-555-0142', '217-555-0199']));
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550199']);
  });

  it("keep every number where a line like a label stands over the labels (a card's heading, or a label without its number)", () => {
    // The text reads "Lake RV" / "Sales" / "Fax" / number / number: a heading over two labels, or three labels over two numbers.
    const html = page('<div class="dealer-card"><h3>Lake RV</h3><div class="col"><b>Sales</b><br><b>Fax</b><br></div><div class="col"><a href="tel:312-555-0110">312-555-0110</a><br><a href="tel:312-555-0177">312-555-0177</a></div></div>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +13125550110', 'phone +13125550177']);
  });
});

describe("other businesses a business's profile page recommends", () => {
  const profile = foundAt('https://www.directory.example/springfield-il/mip/lakeside-pizza-4812', 'US');
  const recommended = {
    recommendedData: {
      data: {
        Businesses: [
          { Name: 'Other Pizza Place', PhoneNumber: '(217) 555-0161', AdditionalPhones: ['(217) 555-0162'], AdditionalEmails: ['orders@other-pizza.example'] },
          { Name: 'Third Diner', PhoneNumber: '(217) 555-0171' },
        ],
      },
    },
  };
  const html = (data: unknown): string =>
    page(`<h1>Lakeside Pizza</h1><div class="phone">(217) 555-0142</div><div class="carousel" data-analytics='${JSON.stringify(data)}'></div>`);

  it('are not read from the widget\'s data under its own key ("recommendedData", "similarList")', () => {
    expect(profile(html(recommended))).toEqual(['phone +12175550142']);
    expect(profile(html({ similarList: recommended.recommendedData.data.Businesses }))).toEqual(['phone +12175550142']);
  });

  it("but the ad's own related records are (\"relatedData\" holds its seller as often)", () => {
    const own = { relatedData: { seller: { name: 'Lakeside Pizza', phone: '(217) 555-0150' } } };
    expect(profile(html(own), 'US', 'phone')).toEqual(['phone +12175550142', 'phone +12175550150']);
  });
});
