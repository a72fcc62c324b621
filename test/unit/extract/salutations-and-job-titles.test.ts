/**
 * An honorific that does not introduce the seller: a reply that addresses a customer ("Dear
 * Madame …", "Chère Madame …") and a job title after "Sr." (senior, not señor). All values are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const names = (url: string, country: string) => {
  const found = foundAt(url, country);
  return (body: string): string[] => found(page(body), country, 'name');
};

describe('a salutation before an honorific', () => {
  const fr = names('https://www.artisans.example.ch/plombier/42', 'CH');

  it.each([
    'Chère Madame Lindqvist, nous sommes ravis d’avoir pu répondre à vos attentes.',
    'Cher Monsieur Bergström, merci pour votre avis.',
    'Dear Mrs Lindqvist, thank you for your kind words.',
    'Sehr geehrte Frau Lindqvist, vielen Dank für Ihre Bewertung.',
    'Estimada Sra. Lindqvist, gracias por su reseña.',
  ])('addresses a customer, not the seller: %s', (reply) => {
    expect(fr(`<p>Plomberie Exemple SA</p><div class="reply"><p>${reply}</p></div>`)).toEqual([]);
  });

  it('leaves the seller introduced by an honorific a name', () => {
    expect(fr('<p>Pour une visite, contactez Madame Lindqvist au bureau.</p>')).toEqual(['name lindqvist']);
  });
});

describe('a job title after "Sr."', () => {
  const us = names('https://jobs.example.com/search?q=analyst', 'US');

  it.each(['Sr. Software Engineer, Example Corp', 'Sr. Financial Analyst, Operations', 'Sr. Administrator, Appeals', 'Sr. Product Manager, Devices'])(
    'is a post, not a person: %s',
    (title) => {
      expect(us(`<ul><li><h3>${title}</h3><p>Springfield, IL</p></li></ul>`)).toEqual([]);
    },
  );

  it('leaves a señor a name', () => {
    const mx = names('https://www.anuncios.example.mx/anuncio/77', 'MX');
    expect(mx('<p>Informes con el Sr. Castañeda Ruelas por las tardes.</p>')).toEqual(['name castañeda ruelas']);
  });
});

describe('people introducing themselves as "we\'re"', () => {
  const gb = names('https://www.flatshare.example.co.uk/rooms/london', 'GB');

  it.each(["We're Ines & Tom, two teachers living in a bright flat in Hackney.", 'We’re Ines and Tom, two teachers living in a bright flat in Hackney.'])(
    'gives both names: %s',
    (intro) => {
      expect(gb(`<div class="card"><p>Room to let. Hey flatmates, ${intro}</p></div>`)).toEqual(['name ines', 'name tom']);
    },
  );

  it('is not "we\'re" before a word that is no name', () => {
    expect(gb('<div class="card"><p>Hey, we’re Happy to show the room any evening.</p></div>')).toEqual([]);
  });
});
