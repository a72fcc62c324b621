/**
 * From the fix round on the 70th sealed round (m72a, m72b, m72c): a business's home page and a
 * contact page whose path goes on after its word ("/contato-advocacia.php") keep its own mailbox;
 * Greek names and titles on a team's cards; profiles headed by names in capitals; a sole trader's
 * name heading the address block; the Finnish "get in touch" button. With the cases an adversary
 * would bring: a listing page's path, a title's line over another title, section headings in
 * capitals, a firm's name under the address label. All values and texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe("a business's home page, and a contact page whose path goes on, keep its own mailbox", () => {
  const body = '<h2>Επικοινωνία</h2><p>Email</p><p>info@wendell-asfalies.gr</p><p>Τηλέφωνο</p><p>+30 698 555 0142</p>';
  it('the site\'s root and its index page', () => {
    for (const url of ['https://www.wendell-asfalies.gr/', 'https://www.wendell-asfalies.gr/index.html']) {
      expect(foundAt(url, 'GR')(page(body))).toEqual(['email info@wendell-asfalies.gr', 'phone +306985550142']);
    }
  });

  it('"/contato-advocacia.php"', () => {
    const br = foundAt('https://wendell-advocacia.com.br/contato-advocacia.php', 'BR');
    expect(br(page('<h3>Contato</h3><p>consultoria@wendell-advocacia.com.br</p><p>(14) 99555-0142</p>'), 'BR', 'email')).toEqual(['email consultoria@wendell-advocacia.com.br']);
  });

  it('not a listing page of the same site, nor a path whose word is only a part of another', () => {
    expect(foundAt('https://www.wendell-asfalies.gr/offers/home-insurance', 'GR')(page(body), 'GR', 'email')).toEqual([]);
    expect(foundAt('https://www.wendell-asfalies.gr/contactless-payments', 'GR')(page(body), 'GR', 'email')).toEqual([]);
  });
});

describe("a team's cards in Greek", () => {
  const gr = foundAt('https://www.wendell-asfalies.gr/', 'GR');
  it('Greek names over Greek and English titles', () => {
    const html = page(
      '<h2>Η ομάδα μας</h2><h4>Μαρία Μητρούλη</h4><p>Οικονομική Σύμβουλος</p><h4>Ιωάννης Ρέιλης</h4><p>Sales Manager</p><h4>Άννα Μάρτεν</h4><p>Οικονομικός Σύμβουλος</p>',
    );
    expect(gr(html, 'GR', 'name')).toEqual(['name άννα μάρτεν', 'name ιωάννης ρέιλης', 'name μαρία μητρούλη']);
  });

  it("not a title's line over another title (\"Regional Manager Wendell\" over \"and co-founder\")", () => {
    const html = page(
      '<h2>Η ομάδα μας</h2><h4>Θωμάς Μάρτεν</h4><p>Regional Manager Wendell</p><p>and co-founder of Wendell Finance</p><h4>Μαρία Μητρούλη</h4><p>Οικονομική Σύμβουλος</p><h4>Ιωάννης Ρέιλης</h4><p>Οικονομικός Σύμβουλος</p><h4>Άννα Βέξλιν</h4><p>Οικονομική Σύμβουλος</p>',
    );
    expect(gr(html, 'GR', 'name')).not.toContain('name regional manager wendell');
    expect(gr(html, 'GR', 'name')).toContain('name θωμάς μάρτεν');
  });

  it('but a family name that ends like a title\'s compound ("Baumeister") is still a name', () => {
    const de = foundAt('https://www.wendell-immobilien.de/team', 'DE');
    const html = page('<h2>Team</h2><h4>Lena Baumeister</h4><p>Immobilienmaklerin</p><h4>Kamal Reilly</h4><p>Immobilienmakler</p><h4>Anna Berg</h4><p>Immobilienmaklerin</p>');
    expect(de(html, 'DE', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena baumeister']);
  });
});

describe('profiles headed by names in capitals', () => {
  const ar = foundAt('https://www.wendell-abogados.example/', 'AR');
  const bio = (n: number): string =>
    `<p>Desde ${2000 + n} asesora a empresas familiares en contratos, herencias y conflictos laborales, y da clases de derecho civil.</p>`;
  // A bio that opens with the person's title: a heading in capitals over it is not a name for that either.
  const titled = (n: number): string => bio(n).replace('<p>Desde', '<p>Abogada desde');
  it('a grid of four or more, most of them known names, written as they are read', () => {
    const html = page(`<h2>Nuestro equipo</h2><h4>LENA MARTEN</h4>${bio(1)}<h4>ANNA BERG</h4>${bio(2)}<h4>RAFAEL IRFAN</h4>${bio(3)}<h4>KAMAL REILLY</h4>${bio(4)}`);
    expect(ar(html, 'AR', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name rafael irfan']);
  });

  it('not section headings in capitals among them, nor fewer than four profiles', () => {
    const html = page(`<h4>LENA MARTEN</h4>${titled(1)}<h4>ANNA BERG</h4>${titled(2)}<h4>NUESTRA HISTORIA</h4>${titled(3)}<h4>KAMAL REILLY</h4>${titled(4)}<h4>SERVICIOS PROFESIONALES</h4>${titled(5)}`);
    const names = ar(html, 'AR', 'name');
    expect(names).not.toContain('name nuestra historia');
    expect(names).not.toContain('name servicios profesionales');
    expect(ar(page(`<h4>LENA MARTEN</h4>${bio(1)}<h4>ANNA BERG</h4>${bio(2)}`), 'AR', 'name')).toEqual([]);
  });
});

describe("a sole trader's name heading the address block", () => {
  it('under a legal notice\'s "Angaben gemäß § 5 TMG" and under "Adresa"', () => {
    const de = foundAt('https://www.wendell-maler.de/impressum', 'DE');
    expect(de(page('<h1>Impressum</h1><p>Angaben gemäß § 5 TMG</p><p>Lena Marten<br>Musterweg 12<br>10115 Berlin</p>'), 'DE', 'name')).toEqual(['name lena marten']);
    const cz = foundAt('https://wendell-pneu.cz/', 'CZ');
    expect(cz(page('<h2>Kontakt</h2><h3>Adresa</h3><p>Jana Nováková<br>Hlavní 180<br>664 64 Wendellov</p>'), 'CZ', 'name')).toEqual(['name jana nováková']);
  });

  it("not a firm's name, nor a name without a street under it", () => {
    const cz = foundAt('https://wendell-pneu.cz/', 'CZ');
    expect(cz(page('<h3>Adresa</h3><p>Wendell Pneu s.r.o.<br>Hlavní 180</p>'), 'CZ', 'name')).toEqual([]);
    expect(cz(page('<h3>Adresa</h3><p>Jana Nováková</p><p>Otevřeno denně</p>'), 'CZ', 'name')).toEqual([]);
  });
});

describe('the Finnish "get in touch" button in a seller box', () => {
  it('"Ota Yhteyttä" heading a contact section is no name, nor its first word', () => {
    const fi = foundAt('https://www.wendell-korjaamo.fi/', 'FI');
    const html = page('<section id="contact" class="contact-section"><h2>Ota Yhteyttä</h2><form class="contact-form"><input name="name"></form><p>Puh. 040 123 4567</p></section>');
    expect(fi(html, 'FI')).toEqual(['phone +358401234567']);
  });
});
