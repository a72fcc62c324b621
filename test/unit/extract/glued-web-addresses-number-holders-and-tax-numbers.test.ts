/**
 * From the 143rd sealed round (found after its scoring: opticians, joiners, psychologists, family
 * guest houses, tradesmen, dance and yoga schools): a web address glued to a mailbox by elements
 * with no space between; whom a number reaches in brackets after it, in a label-over-value contact
 * table; a team's roles that open with a post and run long, and psychologists' posts; a Polish
 * sole trader's name before its tax number; and, from the 144th round's pages, an imprint's block for
 * the ombudsman the business answers to. With the cases an adversary would bring. Every name,
 * number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

describe('a web address glued to a mailbox', () => {
  const found = foundAt('https://www.wendell-hof.example/', 'AT');

  it('"info@wendell-hof.at" then "www.wendell-hof.at" is the mailbox alone', () => {
    expect(found(page('<p><span>info@wendell-hof.at</span><span>www.wendell-hof.at</span></p>'), 'AT', 'email')).toEqual(['email info@wendell-hof.at']);
  });

  it('not a domain whose own label is "www", nor a mailbox with a space before the web address', () => {
    expect(found(page('<p>lena@www.wendell-hof.at</p>'), 'AT', 'email')).toEqual(['email lena@www.wendell-hof.at']);
    expect(found(page('<p>info@wendell-hof.at www.wendell-hof.at</p>'), 'AT', 'email')).toEqual(['email info@wendell-hof.at']);
  });
});

describe('whom a number reaches, in brackets after it, in a label-over-value table', () => {
  const found = foundAt('https://www.aikido-wendel.example/onze-dojo.html', 'BE');
  const table = (under: string) =>
    page(`<h1>Onze dojo</h1><p>Training op dinsdag en donderdag.</p><table><tr><td>Telefoon</td><td><a href="tel:+32486550142">0486 55 01 42 (Lena)</a></td></tr><tr><td>${under}</td><td><a href="mailto:info@aikido-wendel.example">info@aikido-wendel.example</a></td></tr></table>`);

  it("the site's own mailbox under the number's line, with its label, is its own", () => {
    expect(found(table('E-mail'), 'BE', 'email')).toEqual(['email info@aikido-wendel.example']);
  });

  it('not under another label than a mailbox\'s', () => {
    expect(found(table('Webshop'), 'BE', 'email')).toEqual([]);
  });
});

describe("a team's roles that open with a post and run long", () => {
  const found = foundAt('https://www.wendell-psicologia.example/', 'CO');
  const team = (roles: string[]) =>
    page(
      `<h2>Nuestro equipo</h2>${['Lena Marten', 'Anna Berg', 'Kamal Reilly'].map((n, i) => `<p>${n}</p><p>${roles[i]}</p>`).join('')}<p>Contacto: 601 555 0142</p>`,
    );

  it('"Psicóloga especialista en …" (over 64 characters) under each name: the team', () => {
    const roles = [
      'Psicóloga especialista en terapia de pareja y acompañamiento en procesos de duelo',
      'Psicóloga clínica con enfoque cognitivo conductual para niños, adolescentes y adultos',
      'Psicólogo organizacional, selección de personal y bienestar en el trabajo',
    ];
    expect(found(team(roles), 'CO', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });

  it('not sentences under the names that open with no post', () => {
    const sentences = [
      'Ofrecemos terapia de pareja y acompañamiento en procesos de duelo para todas las edades',
      'Trabajamos con niños, adolescentes y adultos en un enfoque cognitivo conductual claro',
      'Nuestro compromiso es acompañar a las familias de la región con cercanía y respeto',
    ];
    expect(found(team(sentences), 'CO', 'name')).toEqual([]);
  });

  it("psychologists' and therapists' posts in roles of 41 to 64 characters", () => {
    const roles = ['Psychologue clinicienne, thérapies brèves et hypnose', 'Psychotherapist for couples, families and young adults', 'Counsellor for young people and their parents'];
    expect(found(team(roles), 'CO', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });
});

describe("a Polish sole trader's name before its tax number", () => {
  const found = foundAt('https://wendell-hydraulika.example/kontakt.html', 'PL');
  const block = (line: string) => page(`<h2>Adres</h2><p>ul. Wendla 4</p><p>89-600 Wendel</p><p>${line}</p>`);

  it('"Usługi Hydrauliczne Anna Kowalczyk, NIP 555…": the owner', () => {
    expect(found(block('Usługi Hydrauliczne Anna Kowalczyk, NIP 5550142555, REGON 555014255'), 'PL', 'name')).toEqual(['name anna kowalczyk']);
    expect(found(block('Anna Kowalczyk NIP: 5550142555'), 'PL', 'name')).toEqual(['name anna kowalczyk']);
  });

  it("not the trade's words or a firm's name before it", () => {
    expect(found(block('Usługi Hydrauliczne, NIP 5550142555'), 'PL', 'name')).toEqual([]);
    expect(found(block('Wendel Hydraulika, NIP 5550142555'), 'PL', 'name')).toEqual([]);
  });
});

describe("an imprint's block for the ombudsman the business answers to", () => {
  const found = foundAt('https://www.wendell-immobilien.example/impressum/', 'DE');
  const imprint = (heading: string) =>
    page(
      `<h1>Impressum</h1><p>Wendell Immobilien<br>Musterweg 5<br>55555 Wendelstadt<br>Telefon: 030 555 01 42<br>E-Mail: info@wendell-immobilien.example</p>` +
        `<h2>${heading}</h2><p>Lena Marten<br>Musterstraße 7, 55555 Wendel<br>Fax: 030 / 555 57 26<br>E-Mail: info@ombudsstelle-wendel.example</p><h2>Haftung für Inhalte</h2><p>Als Diensteanbieter sind wir für eigene Inhalte verantwortlich.</p>`,
    );

  it("the ombudsman's fax and mailbox are the ombudsman's, not the business's", () => {
    expect(found(imprint('Ombudsfrau der Wendeler Makler'), 'DE').filter((f) => !f.startsWith('address') && !f.startsWith('name'))).toEqual(['email info@wendell-immobilien.example', 'phone +49305550142']);
  });

  it('under another heading the block is read as any other', () => {
    expect(found(imprint('Unser Büro in Wendel'), 'DE', 'email')).toEqual(['email info@ombudsstelle-wendel.example', 'email info@wendell-immobilien.example']);
  });
});
