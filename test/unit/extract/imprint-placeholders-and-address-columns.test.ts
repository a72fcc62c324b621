/**
 * From the 102nd sealed round: an imprint generator's placeholder line left on a craftsman's site
 * ("Telefon: 02345-678…", runs counting up), an imprint's legal representative ("Vertreten durch:"
 * over the owner's name), and a garage's own address block set in label-over-value lines ("Telefoonnummer:" / its number / "Email:" / its mailbox).
 * Every name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { isPlaceholderPhone } from '../../../lambdas/collect/extract/filters.js';
import { foundAt, page } from './found.js';

describe('a number made of runs counting up is a placeholder', () => {
  it.each(['+492345678123', '+44123789456', '+4930123456789', '+34123456789'])('%s', (n) => {
    expect(isPlaceholderPhone(n)).toBe(true);
  });

  it.each([
    // one run among other digits: numbers people have
    '+441234902461',
    '+4930123456',
    '+3212345879',
    '+33612345678',
    // two runs, one of them too short to be typed along a row
    '+441234785612',
  ])('but not %s', (n) => {
    expect(isPlaceholderPhone(n)).toBe(false);
  });

  it("on an imprint whose generator's placeholders were left, beside the owner's real lines", () => {
    const found = foundAt('https://www.wendell-tischlerei.de/', 'DE');
    const html =
      '<!doctype html><html lang="en"><body><main><h3>Impressum</h3><p>Tischlerei Wendell<br>Beispielweg 3<br>10115 Berlin</p>' +
      '<p><strong>Kontakt:</strong><br>Telefon: 02345-678123<br>Fax: 2345-678123<br>Mobil: 0171 5550142</p></main></body></html>';
    expect(found(html, 'DE', 'phone')).toEqual(['phone +491715550142']);
  });
});

describe("an imprint's legal representative", () => {
  const imprint = foundAt('https://www.wendell-bau.de/impressum', 'DE');
  const legal = (body: string): string => page(`<h1>Impressum</h1><p>Wendell Bau<br>Beispielweg 3<br>10115 Berlin</p>${body}`);

  it.each([
    ['under "Vertreten durch:"', '<p>Vertreten durch:<br>Lena Marten</p><p>Kontakt:<br>Telefon: 030 5550142</p>', 'name lena marten'],
    ['after "Vertretungsberechtigt:" on its line', '<p>Telefon: 030 5550142<br>Vertretungsberechtigt: Kamal Reilly</p>', 'name kamal reilly'],
  ])('is named %s', (_, body, want) => {
    expect(imprint(legal(body), 'DE', 'name')).toEqual([want]);
  });

  it('but a firm that represents it is no person', () => {
    expect(imprint(legal('<p>Vertreten durch:<br>Wendell Verwaltungs GmbH</p><p>Telefon: 030 5550142</p>'), 'DE', 'name')).toEqual([]);
  });

  it('nor is the label in a sentence far from any contact', () => {
    const body = '<p>Die Gesellschaft wird vertreten durch: Kamal Reilly</p><p>Haftung für Inhalte</p><p>Die Inhalte unserer Seiten wurden mit größter Sorgfalt erstellt.</p><p>Für die Richtigkeit übernehmen wir keine Gewähr.</p><p>Urheberrecht</p><p>Telefon: 030 5550142</p>';
    expect(imprint(legal(body), 'DE', 'name')).toEqual([]);
  });
});

/**
 * A small firm's own site whose footer block is not marked as a footer: its mailbox under its
 * number, each under a label of its own line. The site's own mailbox made the site its own; the
 * block says the mailbox is the firm's, on a page that is neither its contact page nor prints it twice.
 */
describe("a firm's address block in label-over-value lines", () => {
  const garage = foundAt('https://www.wendell-motors.be/diensten/banden.html', 'BE');
  const site = (between = ''): string =>
    page(
      '<h1>Banden</h1><p>Wij monteren zomer- en winterbanden van alle merken, ook op afspraak.</p>' +
        `<div id="onder"><i>Wendell Motors</i><br> Voorbeeldlaan 12 3500 Hasselt<br> <i>Telefoonnummer:</i><br> <a>011 / 55 01 42</a><br>${between}` +
        '<i>Email:</i> <a href="mailto:info@wendell-motors.be">info@wendell-motors.be</a></div>',
    );

  it('gives the firm its mailbox, with its label on its line', () => {
    expect(garage(site())).toEqual(['email info@wendell-motors.be', 'phone +3211550142']);
  });

  it('and with its label on the line above', () => {
    const html = site().replace('<i>Email:</i> <a', '<i>Email:</i><br><a');
    expect(garage(html, 'BE', 'email')).toEqual(['email info@wendell-motors.be']);
  });

  it('not where a line of prose stands between the number and the mailbox', () => {
    expect(garage(site('Stuur ons gerust een bericht via onderstaand adres<br>'), 'BE', 'email')).toEqual([]);
  });

  it('nor where the number over it has no phone label: a VAT number is no line', () => {
    const html = site().replace('<i>Telefoonnummer:</i><br> <a>011 / 55 01 42</a>', '<i>BTW:</i><br> <a>0555.462.799</a>');
    expect(garage(html, 'BE', 'email')).toEqual([]);
  });
});
