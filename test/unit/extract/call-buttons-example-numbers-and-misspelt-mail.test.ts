/**
 * From the 134th sealed round (found after its scoring: taxi firms, heating and security installers,
 * interior designers, house-clearance firms, car care, insurance agents): a footer's number that the
 * content's call button dials, a call link that dials a template's example number while it shows
 * another, a free mail provider's name misspelt, insurance and therapy practices named after their
 * person. With the cases an adversary would bring. Every name, number, address and domain here is
 * invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { tradeName } from '../../../lambdas/collect/extract/names.js';
import { foundAt } from './found.js';

const html = (body: string, title = 'Wendell Rangement'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("a footer's number that the content's call button dials", () => {
  const found = foundAt('https://www.wendell-rangement.example/contact.html', 'FR');
  const page = (button: string, extra = '') =>
    html(
      `<header><a href="/">Accueil</a> <a href="/contact.html">Contact</a>${extra}</header><main><h1>Contactez-nous</h1><p>Un devis gratuit sous 48 heures.</p><a class="call-button" href="tel:${button}">Nous appeler</a></main>` +
        '<footer><h3>Contact</h3><ul><li><a href="tel:0655501010">06 55 50 10 10</a></li><li><a href="tel:0655501020">06 55 50 10 20</a></li></ul></footer>',
    );

  it("makes the site its own: the footer's other number is the firm's too", () => {
    expect(found(page('+33655501020'), 'FR', 'phone')).toEqual(['phone +33655501010', 'phone +33655501020']);
  });

  it("not where the content also calls another number (a seller's card beside the platform's own call button)", () => {
    const html2 = page('+33655501020').replace('</main>', '<aside class="seller"><a href="tel:+33655501077">06 55 50 10 77</a></aside></main>');
    // (The footer's line the button also dials is then the platform's, as a marketplace's top bar's is.)
    expect(found(html2, 'FR', 'phone')).toEqual(['phone +33655501077']);
  });

  it("not where the button dials another number, nor on a marketplace's page (posting controls)", () => {
    expect(found(page('+33655501099'), 'FR', 'phone')).toEqual(['phone +33655501099']);
    expect(found(page('+33655501020', ' <a href="/deposer-une-annonce">Déposer une annonce</a> <a href="/connexion">Se connecter</a>'), 'FR', 'phone')).toEqual(['phone +33655501020']);
  });
});

describe("a call link that dials a template's example number", () => {
  const found = foundAt('https://www.wendell-haustechnik.example/impressum.html', 'DE');
  const page = (link: string) => html(`<main><h1>Impressum</h1><p>Wendell Haustechnik, Lena Marten</p><p>Telefon: ${link}</p></main>`, 'Impressum');

  it('is not read where the link shows another number', () => {
    expect(found(page('<a href="tel:+491702345678">+49 157 5550 1010</a>'), 'DE', 'phone')).toEqual(['phone +4915755501010']);
  });

  it('is read where the link shows the same number or words, and a number of no counting digits as before', () => {
    expect(found(page('<a href="tel:+491702345678">+49 170 2345678</a>'), 'DE', 'phone')).toEqual(['phone +491702345678']);
    expect(found(page('<a href="tel:+491702345678">Jetzt anrufen</a>'), 'DE', 'phone')).toEqual(['phone +491702345678']);
    expect(found(page('<a href="tel:+4915755501099">+49 157 5550 1010</a>'), 'DE', 'phone')).toEqual(['phone +4915755501010', 'phone +4915755501099']);
  });
});

describe("a free mail provider's name misspelt", () => {
  const found = foundAt('https://wendell-ubezpieczenia.example/', 'PL');
  const page = (box: string) => html(`<main><h1>Kontakt</h1><p>Tel. 601 555 010</p><p>E-mail: ${box}</p></main>`, 'Kontakt');

  it.each([['lena.marten@gmali.com'], ['lena.marten@hotmial.com'], ['lena.marten@yaoho.com']])('%s is no one\'s', (box) => {
    expect(found(page(box), 'PL', 'email')).toEqual([]);
  });

  it('the providers themselves, and one a letter away that is a provider of its own ("mail.com"), are read', () => {
    for (const box of ['lena.marten@gmail.com', 'lena.marten@mail.com', 'lena.marten@hotmail.com']) {
      expect(found(page(box), 'PL', 'email')).toEqual([`email ${box}`]);
    }
  });
});

describe('insurance and therapy practices named after their person', () => {
  it('their trade\'s words make a trade name of a person\'s ("Ubezpieczenia Lena Marten", "Kamal Reilly Fizjoterapia")', () => {
    for (const firm of ['Ubezpieczenia Lena Marten', 'Versicherungen Kamal Reilly', 'Kamal Reilly Fizjoterapia', 'Physiotherapie Ingrid Berg', 'Assicurazioni Lena Marten']) {
      expect(tradeName(firm), firm).toBe(true);
    }
  });

  it('not the person\'s name alone, nor a name that holds no trade\'s word', () => {
    for (const person of ['Lena Marten', 'Kamal Reilly', 'Ingrid Berg']) expect(tradeName(person), person).toBe(false);
  });
});
