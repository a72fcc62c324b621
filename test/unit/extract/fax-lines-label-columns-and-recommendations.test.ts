/**
 * Fax lines the page's text names, read again where nothing says what they are (a `tel:` link, a
 * line without its label), and numbers printed in a column beside a column of their labels (a
 * directory's dealer card, a table's cells): found in the 32nd sealed round's dealer directory,
 * whose fax numbers, all `tel:` links, were stored as phones. Other businesses a directory's
 * profile page recommends, in its page data under the widget's own key: found in the 33rd sealed
 * round. Every name, number and address here is invented.
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

describe('a fax line', () => {
  it('labelled on its line is no phone, though it is also a tel: link', () => {
    const html = page('<p>Sales: <a href="tel:217-555-0142">217-555-0142</a><br>Fax: <a href="tel:217-555-0199">217-555-0199</a></p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142']);
  });

  it('labelled once is no phone where the page prints it again without a label', () => {
    const html = page('<header><a href="tel:2175550199">(217) 555-0199</a></header><p>Call 217-555-0142</p><p>Fax: 217-555-0199</p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142']);
  });

  it('stays a phone where the page also labels it as one', () => {
    const html = page('<p>Phone: <a href="tel:217-555-0142">217-555-0142</a></p><p>Fax: 217-555-0142</p>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142']);
  });

  it('is a phone in a "Tel./Fax" line, which names one number for both', () => {
    const html = page('<p>Tel./Fax: <a href="tel:+4951112345">0511 12345</a></p>');
    expect(de(html, 'DE', 'phone')).toEqual(['phone +4951112345']);
  });
});

describe('numbers in a column beside a column of labels', () => {
  it("take the label in their row: the card's fax is no phone, its other lines are", () => {
    const html = page(card('Arlington RV', ['Sales', 'Toll Free', 'Fax'], ['217-555-0142', '800-555-0133', '217-555-0199']));
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +18005550133']);
  });

  it('whatever row the fax is in', () => {
    const html = page(card('Best RV', ['Fax', 'Sales'], ['217-555-0199', '217-555-0142']) + card('Lakeside RV Center', ['Toll Free', 'Fax'], ['800-555-0133', '309-555-0188']));
    expect(us(html, 'US', 'phone')).toEqual(['phone +12175550142', 'phone +18005550133']);
  });

  it("in a table's cells, read from the text alone", () => {
    const html = page('<table><tr><td>Telefon:<br>Telefax:</td><td>0511 123456<br>0511 123457</td></tr></table>');
    expect(de(html, 'DE', 'phone')).toEqual(['phone +49511123456']);
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
