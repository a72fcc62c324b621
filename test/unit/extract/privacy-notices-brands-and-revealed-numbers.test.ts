/**
 * From the 36th sealed round (found after its scoring): a French property portal's ad, whose
 * seller box holds the contact form's privacy notice with the portal's data-protection mailbox,
 * whose cards open with an agency's brand in capitals before "vous propose", name firms by their
 * French trade words ("Cabinet …", "… Location"), and name the agent in the ad's prose ("Pour
 * toutes questions <name> <number>", "… l'agent commercial <name>", "Contacter <name> au …"); a
 * job portal's state naming the advertiser by its Indonesian legal form ("PT …"); and a business
 * broker's box whose number sits in a span hidden until its "Phone Number" button is clicked.
 * Every name, number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const fr = foundAt('https://www.portail-immo.example/annonce/location/paris-15e/appartement/4812', 'FR');

describe("a contact form's privacy notice inside the seller box", () => {
  const box = (mailbox: string): string =>
    page(
      '<h1>Appartement 3 pièces</h1><p>Lumineux, proche métro.</p>' +
        '<div class="seller-box"><h3>Contacter l’annonceur</h3><p>Agence du Parc</p><p>Tél. 01 43 27 90 64</p>' +
        `<form><textarea></textarea><p>Ces droits peuvent être exercés auprès de la société à l’adresse électronique suivante : <a href="mailto:${mailbox}">${mailbox}</a>.</p></form></div>`,
    );

  it.each(['dpo@portail-immo.example', 'privacy@portail-immo.example', 'noreply@agence-du-parc.example'])('does not keep %s', (mailbox) => {
    expect(fr(box(mailbox), 'FR', 'email')).toEqual([]);
  });

  it("still keeps the agency's own mailbox in the same box", () => {
    expect(fr(box('contact@agence-du-parc.example'), 'FR', 'email')).toEqual(['email contact@agence-du-parc.example']);
  });
});

describe("an agency's brand and its trade words are no person", () => {
  it.each([
    ['a brand in capitals before "vous propose"', '<p>ERA Vaugirard vous propose un trois-pièces de 62 m2.</p>', []],
    ['another network written so', '<p>IAD Grenelle vous présente cette maison de ville.</p>', []],
    ['but an agent written surname first, in capitals', '<p>DURAND Claire vous propose ce studio rénové.</p>', ['name durand claire']],
    ['and a known family name of two capitals', '<p>NG Anna vous propose ce studio rénové.</p>', ['name ng anna']],
  ])('%s', (_what, body, names) => {
    expect(fr(page(`<h1>Location</h1>${body}`), 'FR', 'name')).toEqual(names);
  });

  it.each([
    ['"Cabinet …"', 'Cabinet J. Vasseur Location'],
    ['"… Gestion"', 'Martin Gestion'],
    ['"… Transactions"', 'Claire Roy Transactions'],
  ])('a seller box naming a firm by %s', (_what, firm) => {
    const html = page(`<h1>Studio</h1><div class="seller-box"><span class="seller-name">${firm}</span><p>Tél. 01 43 27 90 64</p></div>`);
    expect(fr(html, 'FR', 'name')).toEqual([]);
  });

  it("still names a person in the same seller box", () => {
    const html = page('<h1>Studio</h1><div class="seller-box"><span class="seller-name">Claire Martin</span><p>Tél. 01 43 27 90 64</p></div>');
    expect(fr(html, 'FR', 'name')).toEqual(['name claire martin']);
  });

  it("does not name a job's advertiser given by its Indonesian legal form", () => {
    const state = { jobdetails: { result: { job: { advertiser: { __typename: 'Advertiser', name: 'PT MAJU JAYA SENTOSA', isVerified: true } } } } };
    const html = `<!doctype html><html><body><main><h1>Project Manager</h1></main><script>window.SEEK_REDUX_DATA = ${JSON.stringify(state)};</script></body></html>`;
    expect(foundAt('https://id.jobs.example/job/4812', 'ID')(html, 'ID', 'name')).toEqual([]);
  });
});

describe("the agent named in a French ad's prose", () => {
  it.each([
    ['"Pour toutes questions", then the name and the number', '<p>Pour toutes questions Jeanne ROY 06 12 34 56 78 du lundi au vendredi</p>', ['name jeanne roy']],
    ['the independent agent the law has named', "<p>Le bien est loué par l'intermédiaire de l'agent commercial Paul LEROY. Loyer de 1 250 euros.</p>", ['name paul leroy']],
    ['"Contacter", then a first name and the number', '<p>Parking en sous-sol.</p><p>Contacter Maëlle au 06 31 72 48 15</p>', ['name maëlle']],
    ['but not a network of agents after the phrase', '<p>Votre agent commercial IAD France, Paul Leroy, 06 12 34 56 78.</p>', []],
    ['but not the agency after "Contacter"', "<p>Contacter l'agence au 01 43 27 90 64</p>", []],
    ['nor a word that is no known name', '<p>Contacter Immoparc au 01 43 27 90 64</p>', []],
  ])('%s', (_what, body, names) => {
    expect(fr(page(`<h1>Appartement</h1>${body}`), 'FR', 'name')).toEqual(names);
  });
});

describe('a number hidden until its button is clicked', () => {
  const us = foundAt('https://www.bizforsale.example/Business-Opportunity/cafe/4812/', 'US');
  const broker = (inner: string): string =>
    page(
      '<h1>Profitable cafe for sale</h1><p>Turnkey business.</p>' +
        `<div class="contactSellerForm enterKeyBetweenInputs"><div class="broker-card"><p>Business Listed By:</p><p>Anna Berg</p>${inner}</div></div>`,
    );

  it('reads the number in the span marked as the phone, hidden until the click, inside the seller box', () => {
    const html = broker(
      '<a class="showPhone"><span>Phone Number</span></a><span class="lblViewTel_4812 ctc_phone" style="display:none;"><a href="tel:303-861-4457"><span>303-861-4457</span></a></span>',
    );
    expect(us(html, 'US', 'phone')).toEqual(['phone +13038614457']);
  });

  it('and outside a seller box', () => {
    const html = page('<h1>Cafe</h1><p>Turnkey.</p><span class="seller-phone" hidden><a href="tel:303-861-4457">303-861-4457</a></span>');
    expect(us(html, 'US', 'phone')).toEqual(['phone +13038614457']);
  });

  it('but not a number in another hidden element of the box', () => {
    const html = broker('<span class="lblViewTel_4812 ctc_price" style="display:none;">303-861-4457</span>');
    expect(us(html, 'US', 'phone')).toEqual([]);
  });
});
