/**
 * From the 86th sealed round (found after its scoring):
 * - a church's site kept its own mailboxes ROT13-scrambled in the page (a mail-protection plug-in's
 *   span, unscrambled by a script), and the scrambled domain ends in a real country's suffix, so
 *   they were read as they stood, somebody else's addresses;
 * - Austrian numbers close their country and area codes with slashes ("+43/1/555 12 34-18");
 * - a forms plug-in's merge tags filled a user's name with its labels ("Firstname Lastname");
 * - a dealer's footer quoted a customer's testimonial, "– <name>" under the quote, above its own
 *   lines, and its owner was named only as leading his team ("<name> et son équipe").
 * Every name, number, address and mark here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

describe("a site's own mailboxes kept scrambled with ROT13", () => {
  // ROT13 of "wendell-kirche.at" is "jraqryy-xvepur.ng", under a real suffix (Nigeria's).
  const site = foundAt('https://www.wendell-kirche.at/kontakt/', 'AT');
  const contact = (mail: string): string =>
    '<!doctype html><html><body><header><nav><a href="/">Start</a></nav></header><main><h1>Kontakt</h1><p>Schreiben Sie uns.</p></main>' +
    `<footer><p>© 2024 Wendell Kirche, Wendelweg 2, 3999 Wendelfingen, Tel. +43 1 555 12 34, <span class="mail-r13">${mail}</span>, ` +
    '<a href="mailto:pfarramt@wendell-kirche.at">pfarramt@wendell-kirche.at</a></p></footer></body></html>';

  it('are read unscrambled', () => {
    expect(site(contact('vasb@jraqryy-xvepur.ng'), 'AT', 'email')).toEqual(['email info@wendell-kirche.at', 'email pfarramt@wendell-kirche.at']);
  });

  it('and at a subdomain of the site', () => {
    expect(site(contact('vasb@znvy.jraqryy-xvepur.ng'), 'AT', 'email')).toEqual(['email info@mail.wendell-kirche.at', 'email pfarramt@wendell-kirche.at']);
  });

  it("another domain's address stays as it is", () => {
    expect(site(contact('info@wendell-verlag.at'), 'AT', 'email')).toEqual(['email info@wendell-verlag.at', 'email pfarramt@wendell-kirche.at']);
  });

  it('a domain that only ends as the scrambled one does is not unscrambled', () => {
    expect(site(contact('vasb@nwraqryy-xvepur.ng'), 'AT', 'email')).toEqual(['email pfarramt@wendell-kirche.at', 'email vasb@nwraqryy-xvepur.ng']);
  });
});

describe('an Austrian number with slashes after its country and area codes', () => {
  const site = foundAt('https://www.wendell-kirche.at/team/', 'AT');
  it.each([
    ['a direct line', 'Fragen beantwortet Lena Marten, +43/1/555 12 34-18.', 'phone +431555123418'],
    ['the switchboard', 'Telefon: +43/1/555 12 34', 'phone +4315551234'],
  ])('%s', (_what, text, phone) => {
    expect(site(page(`<p>${text}</p>`), 'AT', 'phone')).toEqual([phone]);
  });

  it('a list of models is still no number', () => {
    expect(site(page('<p>Modelle 3000/5000/7000 ab Lager</p>'), 'AT', 'phone')).toEqual([]);
  });
});

describe("a form's labels where a name would be", () => {
  const shop = foundAt('https://www.wendell-laden.example/produkt/4711', 'GB');
  it.each([['Firstname', 'Lastname'], ['Vorname', 'Nachname'], ['Prénom', 'Nom']])('"%s %s" is no name', (first, last) => {
    const html = page(`<h1>Rolled oats</h1>${nextData({ seller: { firstName: first, lastName: last, phone: '07700 900123' } })}`);
    expect(shop(html, 'GB', 'name')).toEqual([]);
  });

  it('a seller so named is one', () => {
    const html = page(`<h1>Rolled oats</h1>${nextData({ seller: { firstName: 'Lena', lastName: 'Marten', phone: '07700 900123' } })}`);
    expect(shop(html, 'GB', 'name')).toEqual(['name lena marten']);
  });
});

describe("a dealer's own site", () => {
  const dealer = foundAt('https://www.wendell-garage.example/', 'CH');
  const home = (about: string, footer: string): string =>
    `<!doctype html><html><body><header><nav><a href="/">Accueil</a><a href="/occasions/">Occasions</a></nav></header><main><h1>Garage Wendell</h1><p>${about}</p></main>` +
    `<footer><aside><h4>Avis de clients</h4>${footer}</aside><aside><h4>Contact</h4><p>Chemin Wendel 35, 1999 Wendelbourg</p><p>Tél. +41 27 555 51 87</p><p><a href="mailto:info@wendell-garage.example">info@wendell-garage.example</a></p></aside></footer></body></html>`;

  it("a testimonial's author over the footer's lines is no contact", () => {
    const quotes = '<p>“Un accueil parfait, merci.”<br><span>– Anna Berg</span></p><p>“Service rapide et soigné.”<br><span>– Timo Wendrich</span></p>';
    expect(dealer(home('Vente et entretien de véhicules.', quotes), 'CH', 'name')).toEqual([]);
  });

  it('a person over the lines without a quote above still is', () => {
    expect(dealer(home('Vente et entretien de véhicules.', '<p>Votre conseiller</p><p>Anna Berg</p>'), 'CH', 'name')).toEqual(['name anna berg']);
  });

  it('and one under a quoted motto, with no dash before the name', () => {
    expect(dealer(home('Vente et entretien de véhicules.', '<p>Notre devise : « Qualité »</p><p>Anna Berg</p>'), 'CH', 'name')).toEqual(['name anna berg']);
  });

  it.each([
    ['En 2004, Lena Marten et son équipe ont repris l’atelier du village.'],
    ['For twenty years Lena Marten and her team have fixed the valley’s cars.'],
    ['Seit 2004 kümmern sich Lena Marten und ihr Team um Ihr Auto.'],
  ])('the owner leading the team: "%s"', (about) => {
    expect(dealer(home(about, ''), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('with a first initial, kept as the page writes the name', () => {
    expect(dealer(home('Meet J. Lena Marten and her staff, who handle every claim in person.', ''), 'CH', 'name')).toEqual(['name j. lena marten']);
  });

  it('not words that open with no known given name', () => {
    expect(dealer(home('En 2004, Maison Wendell et son équipe ont repris l’atelier du village.', ''), 'CH', 'name')).toEqual([]);
  });
});

describe('the 86th round also', () => {
  it('"Me" before a name that opens with no known given name (a news item\'s lawyer) is no honorific', () => {
    const news = foundAt('https://www.wendell-nouvelles.example/nouvelle/4711', 'CA');
    expect(news(page('<p>Le dossier est confié à Me Quorra Wendell depuis mardi.</p>'), 'CA', 'name')).toEqual([]);
  });

  it("a members' area's tool is no member", () => {
    const portal = foundAt('https://www.wendell-invest.example/', 'AU');
    const links = ['Loan Payoff', 'Loan Comparison', 'Loan Term'].map((t) => `<li><a href="/members/tools/${t.replace(/ /g, '')}Calculator.aspx">${t} Calculator</a></li>`).join('');
    expect(portal(page(`<ul>${links}</ul>`), 'AU', 'name')).toEqual([]);
  });

  it("nor in the site's menu, where the address spells the link's words", () => {
    const menu = ['Loan Payoff', 'Loan Comparison'].map((t) => `<a href="/members/tools/${t.replace(/ /g, '')}Calculator.aspx"><span>${t} Calculator</span></a>`).join('');
    const portal = foundAt('https://www.wendell-invest.example/', 'AU');
    expect(portal(`<!doctype html><html><body><header><nav>${menu}</nav></header><main><h1>Invest</h1></main></body></html>`, 'AU', 'name')).toEqual([]);
  });
});
