/**
 * From the 139th sealed round (found after its scoring: freelance designers, clubs, practices and
 * therapists, makers, handymen, vehicle workshops): a self-introduction with a family name's
 * particles; a Spanish legal notice's "Titular"; a club's chair with titles before the name; team
 * cards titled as therapists and practice staff, with a bar between name and title; a page whose
 * content its script fades in; a practitioner's title before the name; a head's post in brackets;
 * a mailbox under a labelled number; a query's value in a printed web address; digits opening a
 * mailbox after a whole number. With the cases an adversary would bring. Every name, number,
 * address and domain here is invented (wendell-* and qorvan domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const html = (body: string, title = 'Wendell'): string => `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;

describe("a self-introduction with a family name's particles", () => {
  it('"Ik ben Lena van Marten, …" and "Mijn naam is Anna van der Berg.": the whole name', () => {
    const found = foundAt('https://www.wendell-webdesign.example/over_mij.html', 'NL');
    expect(found(page('<p>Ik ben Lena van Marten, fotograaf en schrijver.</p>'), 'NL', 'name')).toEqual(['name lena van marten']);
    expect(found(page('<p>Mijn naam is Anna van der Berg.</p>'), 'NL', 'name')).toEqual(['name anna van der berg']);
  });

  it('not a town after "de" or "di", which says where the person is from', () => {
    expect(foundAt('https://wendell-photo.example/', 'FR')(page('<p>Bonjour, je suis Lena de Marseille, photographe.</p>'), 'FR', 'name')).toEqual(['name lena']);
    expect(foundAt('https://wendell-foto.example/', 'IT')(page('<p>Ciao, sono Lena di Roma, fotografa.</p>'), 'IT', 'name')).toEqual(['name lena']);
  });
});

describe('a Spanish legal notice\'s "Titular"', () => {
  const found = foundAt('https://wendell-disenos.example/aviso-legal.html', 'ES');
  it('names the holder', () => {
    expect(found(page('<h1>Aviso Legal</h1><p>Titular: Lena Marten Berg</p><p>Correo electrónico: info@wendell-disenos.example</p>'), 'ES', 'name')).toEqual(['name lena marten berg']);
  });
  it('not a company that holds the site', () => {
    expect(found(page('<h1>Aviso Legal</h1><p>Titular: Qorvan Diseño S.L.</p><p>Correo electrónico: info@wendell-disenos.example</p>'), 'ES', 'name')).toEqual([]);
  });
});

describe("a club's chair with titles before the name, under its mailbox", () => {
  const found = foundAt('https://wendell-verein.github.io/heimat/impressum.html', 'AT');
  it('"Obfrau: MR Dr. Lena Marten" and "Obmann: Kamal Reilly": the chair', () => {
    expect(found(page('<p>Kontaktdaten</p><p>E-Mail: verein@qorvan.example</p><p>Vereinsvorstand</p><p>Obfrau: MR Dr. Lena Marten</p>'), 'AT', 'name')).toEqual(['name lena marten']);
    expect(found(page('<p>E-Mail: verein@qorvan.example</p><p>Obmann: Kamal Reilly</p>'), 'AT', 'name')).toEqual(['name kamal reilly']);
  });
  it('not a firm after the post, nor a post far from any contact', () => {
    expect(found(page('<p>E-Mail: verein@qorvan.example</p><p>Obmann: Qorvan Bau</p>'), 'AT', 'name')).toEqual([]);
    expect(found(page('<p>Obfrau: MR Dr. Lena Marten</p><p>Unser Verein pflegt alte Bräuche.</p><p>Wir treffen uns jeden Monat.</p><p>Gäste sind willkommen.</p><p>Neue Mitglieder ebenso.</p>'), 'AT', 'name')).toEqual([]);
  });
});

describe('team cards titled as therapists and practice staff', () => {
  it('a practice\'s therapists ("Ergotherapeutin", "Fachtherapeutin Geriatrie")', () => {
    const found = foundAt('https://www.wendell-ergo.example/', 'DE');
    const body = page('<h2>Unser Team</h2><div><h3>Lena Marten</h3><p>Inhaberin &amp; Ergotherapeutin</p></div><div><h3>Anna Berg</h3><p>Ergotherapeutin</p></div><div><h3>Ingrid Berg</h3><p>Ergotherapeutin &amp; Fachtherapeutin Geriatrie</p></div>');
    expect(found(body, 'DE', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name lena marten']);
  });

  it('a general practice\'s staff, the title after a bar or under the name', () => {
    const found = foundAt('https://www.wendell-huisarts.example/team.html', 'NL');
    const body = page('<h4>Ons team</h4><h6>Anna Berg <br> doktersassistente <br> <em>(maandag en dinsdag)</em></h6><h6>Lena Marten | doktersassistente</h6><h6>Ingrid Berg | praktijkmanager</h6>');
    expect(found(body, 'NL', 'name')).toEqual(['name anna berg', 'name ingrid berg', 'name lena marten']);
  });

  it('not a menu whose items have bars between them', () => {
    const found = foundAt('https://www.wendell-huisarts.example/team.html', 'NL');
    expect(found(page('<h4>Ons team</h4><p>Praktijk Info | Route</p><p>Openingstijden | Contact</p>'), 'NL', 'name')).toEqual([]);
  });
});

describe('a page whose content its script fades in', () => {
  const staff = '<h4>Ons team</h4><h6>Anna Berg | doktersassistente</h6><h6>Lena Marten | doktersassistente</h6>';
  const found = foundAt('https://www.wendell-huisarts.example/team.html', 'NL');
  it('the one element of <main>, hidden by its style, is the page\'s content', () => {
    expect(found(html(`<main><div class="container" style="display: none;">${staff}</div></main>`), 'NL', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });
  it('not a hidden element beside the shown content (a template, a dialog)', () => {
    expect(found(html(`<main><p>Welkom bij de praktijk.</p><div style="display: none;">${staff}</div></main>`), 'NL', 'name')).toEqual([]);
  });
});

describe("a practitioner's title before the name", () => {
  it('"Ergotherapeutin Lena Marten" on a line of its own, and "Psicóloga Lena Marten" in the title over the name alone', () => {
    expect(foundAt('https://www.wendell-ergo.example/', 'DE')(page('<h1>Ergotherapeutin Lena Marten</h1><p>Termine nach Vereinbarung.</p>'), 'DE', 'name')).toEqual(['name lena marten']);
    const body = html('<header><p>Lena Marten</p><nav><a href="#">Inicio</a></nav></header><main><p>Whatsapp</p><p><a href="https://wa.me/56955501420">+569 5550 1420</a></p></main>', 'Psicóloga Lena Marten');
    expect(foundAt('https://wendell.github.io/lena-psi/', 'CL')(body, 'CL', 'name')).toEqual(['name lena marten']);
  });
  it('not the title before other words', () => {
    expect(foundAt('https://www.wendell-ergo.example/', 'DE')(page('<h2>Psychologin Gesucht</h2><h2>Heilpraktiker Ausbildung Berlin</h2>'), 'DE', 'name')).toEqual([]);
  });
});

describe("a head's post in brackets after the name", () => {
  const found = foundAt('https://www.wendell-hausmeister.example/', 'DE');
  it('"- Lena Marten (Geschäftsführer)" under the about text: the head', () => {
    expect(found(page('<p>Ihr Hausmeister für Haus und Garten.</p><p>- Lena Marten (Geschäftsführer)</p>'), 'DE', 'name')).toEqual(['name lena marten']);
  });
  it("not a customer's testimonial signed with their own firm, nor a firm in the brackets' place", () => {
    expect(found(page('<p>„Sehr zuverlässig!“</p><p>- Lena Marten (Geschäftsführerin, Qorvan GmbH)</p><p>Qorvan Bau (Inhaber)</p>'), 'DE', 'name')).toEqual([]);
  });
});

describe('a mailbox under a labelled number, on a page that is not the contact page', () => {
  const imprint = '<h1>Impressum</h1><p>Wendell Therapie</p><p>Lena Marten, BSc</p><p>Musterweg 1,</p><p>5555 Wendell</p><p>Tel.: 0680 5550142</p><p>E-Mail: <a href="mailto:info@wendell-ergo.example">info@wendell-ergo.example</a></p><p>Mitglied bei: WKO</p>';
  it('"Tel.: 0680 …" / "E-Mail: info@…" on the privacy page that holds the imprint: the site\'s own', () => {
    expect(foundAt('https://wendell-ergo.example/datenschutz.html', 'AT')(page(imprint), 'AT', 'email')).toEqual(['email info@wendell-ergo.example']);
  });
  it('not a mailbox at another domain the page prints once', () => {
    const other = imprint.replaceAll('info@wendell-ergo.example', 'info@qorvan.example');
    expect(foundAt('https://wendell-ergo.example/datenschutz.html', 'AT')(page(other), 'AT', 'email')).toEqual(['email info@qorvan.example']);
  });
});

describe("a query's value in a web address the text prints", () => {
  const found = foundAt('https://wendell-ergo.example/datenschutz.html', 'AT');
  it('"…/?hl=de&tid=555014200" after a support label: no number', () => {
    expect(found(page('<p>Um diese Daten zu löschen, müssen Sie den Google-Support auf https://support.google.com/?hl=de&amp;tid=555014200 kontaktieren.</p>'), 'AT', 'phone')).toEqual([]);
  });
  it("a chat link's number parameter still is", () => {
    expect(found(page('<p>WhatsApp: https://api.whatsapp.com/send?phone=436805550142</p>'), 'AT', 'phone')).toEqual(['phone +436805550142']);
  });
});

describe('digits that open a mailbox after a whole number', () => {
  it('"078 555 01 42 24qorvan@…" (one line of a footer): the mailbox keeps its digits', () => {
    expect(foundAt('https://wendell.github.io/pixel/contact.html', 'CH')(page('<p>078 555 01 42 24qorvan@gmail.com</p>'), 'CH', 'email')).toEqual(['email 24qorvan@gmail.com']);
  });
  it("a number's last digits glued to the mailbox still go with the number", () => {
    expect(foundAt('https://wendell.example/', 'CL')(page('<p>+56 9 5555 0123info@wendell.example</p>'), 'CL', 'email')).toEqual(['email info@wendell.example']);
  });
});
