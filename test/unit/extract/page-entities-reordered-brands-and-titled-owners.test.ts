/**
 * From the 133rd sealed round (found after its scoring: surveyors, valuers, pest controllers,
 * nutritionists, sign makers): a mailbox at the site's name's words in another order, a contact
 * page's main entity in its schema.org data, local businesses typed by a service's name, an
 * Italian surveyor's title, a profile photo's alt text, a number a digit too long after its country
 * code, a doctor's title in a copyright line. With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const html = (head: string, body: string, title = 'Studio Wendell'): string =>
  `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`;

describe("a mailbox at the site's name's words in another order", () => {
  const found = foundAt('https://www.studiowendellkamal.example/contatti', 'IT');
  const page = (mailbox: string) =>
    html(
      '',
      `<header><a href="/">Home</a> <a href="/contatti">Contatti</a></header><main><h1>Contattaci</h1><p>Email: <a href="mailto:${mailbox}">${mailbox}</a></p><p>Telefono: <a href="tel:+390655501010">06 5550 1010</a></p></main>` +
        '<footer><h4>Contatti</h4><p>Cellulare: <a href="tel:+393355550101">+39 335 555 0101</a></p><p><a href="https://wa.me/393665550102">WhatsApp</a></p><p>© 2025 Studio Tecnico Wendell Kamal</p></footer>',
      'Studio Tecnico Wendell Kamal',
    );

  it('is the site\'s own: its footer\'s mobile and chat line are the firm\'s', () => {
    expect(found(page('info@kamalwendell.example'), 'IT', 'phone')).toEqual(['phone +390655501010', 'phone +393355550101', 'phone +393665550102']);
  });

  it("not a mailbox that holds only one of the site's words, nor one in the same order at a longer name", () => {
    for (const box of ['info@kamalrossi.example', 'info@rossiwendell.example']) {
      expect(found(page(box), 'IT', 'phone')).toEqual(['phone +390655501010']);
    }
  });
});

describe("a contact page's main entity, and local businesses typed by their service", () => {
  const found = foundAt('https://www.wendell-pest.example/contatti.html', 'IT');
  const page = (entity: Record<string, unknown>) =>
    html(
      ld({ '@context': 'https://schema.org', '@type': 'ContactPage', url: 'https://www.wendell-pest.example/contatti.html', mainEntity: entity }),
      '<main><h1>Contatti</h1><p>Telefono: 349 555 0101</p><p><a href="mailto:wendell.pest@gmail.com">wendell.pest@gmail.com</a></p></main>',
    );
  const business = { '@type': 'GardeningService', name: 'Wendell Pest', telephone: '+393495550101', email: 'info@wendell-pest.example' };

  it("is the site's business: its mailbox at the site's domain is the firm's", () => {
    expect(found(page(business), 'IT', 'email')).toEqual(['email info@wendell-pest.example', 'email wendell.pest@gmail.com']);
  });

  it('not a main entity that gives another site as its own, whose mailbox at this domain stays unconfirmed', () => {
    expect(found(page({ ...business, url: 'https://www.wendell-other.example/' }), 'IT', 'email')).toEqual(['email wendell.pest@gmail.com']);
  });
});

describe("titles and a photo's words before a name", () => {
  it('an Italian surveyor\'s "Geom." and accountant\'s "Rag." are titles, not names\' words', () => {
    const found = foundAt('https://www.wendell-studio.example/contatti', 'IT');
    const card = (name: string) =>
      html('', `<section class="contact"><div class="contact-info"><p class="contact-name">${name}</p><p>Via Roma 1<br>00100 Roma (RM)</p><p><span>Telefono</span> <a href="tel:+390655501011">06 5550 1011</a></p></div></section>`);
    expect(found(card('Geom. Lena Marten'), 'IT', 'name')).toEqual(['name lena marten']);
    expect(found(card('Rag. Kamal Reilly'), 'IT', 'name')).toEqual(['name kamal reilly']);
  });

  it('a profile photo\'s alt text names the person without the picture\'s word ("Profilbild Lena Wendell")', () => {
    const found = foundAt('https://wendell-qorvan.example/', 'DE');
    const page = (alt: string) =>
      html('', `<h1>Wendell Qorvan</h1><div><img class="profile-picture" src="/img/lw.jpg" alt="${alt}"></div><p>Herzlich willkommen. Telefon: 030 5550101, E-Mail: <a href="mailto:l_wendell@web.de">l_wendell@web.de</a></p>`);
    expect(found(page('Profilbild Lena Wendell'), 'DE', 'name')).toEqual(['name lena wendell']);
    expect(found(page('Photo of Lena Wendell'), 'DE', 'name')).toEqual(['name lena wendell']);
  });

  it("not a photo's words alone, nor a team photo's caption", () => {
    const found = foundAt('https://wendell-qorvan.example/', 'DE');
    for (const alt of ['Profilbild', 'Bild vom Team']) {
      expect(found(html('', `<div><img class="profile-picture" src="/img/t.jpg" alt="${alt}"></div><p>Telefon: 030 5550101</p>`), 'DE', 'name')).toEqual([]);
    }
  });
});

describe('a number after its country code that has a digit too many', () => {
  const found = foundAt('https://wendell-kamal.example/impressum.html', 'DE');

  it("is no number, and its tail, a shorter national number, is none either", () => {
    expect(found(html('', '<p>Telefon: +49 1512 05550101<br>E-Mail: info@wendell-kamal.example</p>'), 'DE', 'phone')).toEqual([]);
  });

  it('a second number with its own country code after it is still read, and a valid one is as before', () => {
    expect(found(html('', '<p>Telefon: +49 1512 0555010 +49 30 5550101</p>'), 'DE', 'phone')).toEqual(['phone +4915120555010', 'phone +49305550101']);
    expect(found(html('', '<p>Tel. +49 (0) 30 5550101</p>'), 'DE', 'phone')).toEqual(['phone +49305550101']);
  });
});

describe("a doctor's title before the name in the site's copyright line", () => {
  const found = foundAt('https://www.wendell-nutrizione.example/contatti.html', 'IT');
  const page = (copyright: string) =>
    html(
      '',
      `<header><a href="/">Home</a> <a href="/contatti.html">Contatti</a></header><main><h1>Contatti</h1><p>Email: <a href="mailto:studio@wendell-nutrizione.example">studio@wendell-nutrizione.example</a></p><p>Tel: 320 555 0101</p></main><footer><p>${copyright}</p></footer>`,
      'Contatti – Studio di nutrizione',
    );

  it('names the owner, whose family name no list holds', () => {
    expect(found(page('© Dott.ssa Lena Wendell – Nutrizione clinica'), 'IT', 'name')).toEqual(['name lena wendell']);
  });

  it('not without the title, where nothing else vouches for the family name', () => {
    expect(found(page('© Lena Wendell – Nutrizione clinica'), 'IT', 'name')).toEqual([]);
  });
});
