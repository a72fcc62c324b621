/**
 * From the 115th sealed round (found after its scoring): an own site's footer listing its people as
 * mail links whose mailboxes spell their names ("Vorsitz: <a href='mailto:marten@…'>Lena
 * Marten</a>"); a legal notice's web host block with the host's country under its town, then its
 * number; a French sole trader's "Entreprise individuelle" before the owner's name; a crisis line a
 * practice's page points to; the person a phone's label names in brackets; a one-person business's
 * owner named on a line that the site's mailbox spells. With the cases an adversary would bring.
 * Every name, number, address and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("an own site's footer listing its people as mail links that spell their names", () => {
  const de = foundAt('https://www.wendell-chor.example/konzerte/', 'DE');
  const page = (people: string, extra = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Start</a> <a href="/konzerte">Konzerte</a>${extra}</nav></header>` +
    '<main><h1>Konzerte</h1><p>Unsere nächsten Auftritte im Advent.</p></main>' +
    `<footer><p>Wendell-Chor e.V.<br>Tel: 0711 / 555 40-0<br><a href="mailto:info@wendell-chor.example">info@wendell-chor.example</a></p><p>${people}</p><p>© 2024 Wendell-Chor</p></footer></body></html>`;
  const PEOPLE =
    'Vorsitz: <a href="mailto:marten@wendell-chor.example">Lena Marten</a><br>Kasse: <a href="mailto:anna.berg@wendell-chor.example">Anna Berg</a><br>' +
    'Presse: <a href="mailto:post@wendell-chor.example">Kamal Reilly</a>';

  it('names those whose mailbox spells their name', () => {
    expect(de(page(PEOPLE), 'DE', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });

  it("not on a marketplace: its footer's data protection officer is the platform's", () => {
    expect(de(page(PEOPLE, ' <a href="/login">Anmelden</a> <a href="/anzeige-aufgeben">Anzeige aufgeben</a>'), 'DE', 'name')).toEqual([]);
  });
});

describe("a legal notice's web host block, the host's country under its town", () => {
  const fr = foundAt('https://www.wendell-equitation.example/mentions-legales/', 'FR');
  const page =
    '<!doctype html><html><body><main><h1>Mentions légales</h1><p>Éditeur du site</p><p>Écurie Wendell</p>' +
    '<p>Le Bourg</p><p>24000 Wendelville</p><p>Téléphone : 06 55 50 12 34</p><p>Hébergeur</p><p>Qorvan Hosting GmbH</p><p>Musterstr. 7</p><p>12345 Wendelstadt</p>' +
    '<p>Allemagne</p><p>Téléphone : +49 711 555-0</p><p>Site : www.qorvan-hosting.example</p><p>Propriété intellectuelle</p>' +
    '<p>Toute reproduction est interdite sans accord écrit.</p></main></body></html>';

  it("drops the host's number, keeps the business's", () => {
    expect(fr(page, 'FR', 'phone')).toEqual(['phone +33655501234']);
  });
});

describe('a French sole trader\'s "Entreprise individuelle" before the owner\'s name', () => {
  const fr = foundAt('https://www.wendell-equitation.example/mentions-legales/', 'FR');
  const page = (line: string): string =>
    `<!doctype html><html><body><main><h1>Mentions légales</h1><p>Éditeur du site</p><p>Écurie Wendell</p><p>${line}</p><p>Le Bourg</p><p>24000 Wendelville</p></main></body></html>`;

  it.each([
    ['Entreprise individuelle Lena Marten', 'name lena marten'],
    ['Entreprise individuelle Lena MARTEN', 'name lena marten'],
    ['EI Anna Berg', 'name anna berg'],
  ])('%s', (line, want) => {
    expect(fr(page(line), 'FR', 'name')).toEqual([want]);
  });

  it('not a trade\'s name after the form, nor words that open with no given name', () => {
    expect(fr(page('Entreprise individuelle Qorvan Équitation'), 'FR', 'name')).toEqual([]);
    expect(fr(page('Micro-entreprise Écurie Wendell'), 'FR', 'name')).toEqual([]);
  });
});

describe("a crisis line a practice's page points its visitors to", () => {
  const at = foundAt('https://www.wendell-praxis.example/', 'AT');
  const page = (text: string): string =>
    `<!doctype html><html><body><main><h1>Praxis für Psychotherapie</h1><p>Telefon: +43 670 555 40 12</p><p>${text}</p></main></body></html>`;

  it.each([
    'Nachts erreichen Sie das Krisentelefon Wendell unter 0800 555 120.',
    'Außerhalb der Zeiten: Telefonseelsorge 142 oder 0800 555 121.',
  ])('is not the practice\'s: %s', (text) => {
    expect(at(page(text), 'AT', 'phone')).toEqual(['phone +436705554012']);
  });

  it("not the practice's own number, nor a number after another word", () => {
    expect(at(page('Für Notfälle bin ich unter 0664 555 12 34 erreichbar.'), 'AT', 'phone')).toEqual(['phone +436645551234', 'phone +436705554012']);
    const it_ = foundAt('https://www.apicoltura-wendell.example/', 'IT');
    expect(it_('<!doctype html><html><body><main><h1>I nostri mieli</h1><p>I nostri mieli: ordini al 0432 555 029.</p></main></body></html>', 'IT', 'phone')).toEqual(['phone +390432555029']);
  });
});

describe("the person a phone's label names in brackets before the number", () => {
  const es = foundAt('https://www.wendell-club.example/on-som/', 'ES');
  const page = (line: string): string => `<!doctype html><html><body><main><h1>Informació</h1><p>Club Wendell</p><p>${line}</p></main></body></html>`;

  it.each([
    ['Telèfon (Lena Marten): 611.555.210', 'name lena marten'],
    ['Tel. (Anna Berg) 611 555 211', 'name anna berg'],
  ])('%s', (line, want) => {
    expect(es(page(line), 'ES', 'name')).toEqual([want]);
  });

  it("not an office's name in the brackets, nor brackets after another word", () => {
    expect(es(page('Tel. (Oficina Central): 611.555.212'), 'ES', 'name')).toEqual([]);
    expect(es(page('Horari (Lena Marten): 10-14 h'), 'ES', 'name')).toEqual([]);
  });
});

describe("a one-person business's owner named on a line the site's mailbox spells", () => {
  const fr = foundAt('https://www.wendell-coaching.example/contact/', 'FR');
  const page = (owner: string, box: string, extra = ''): string =>
    `<!doctype html><html><body><header><nav><a href="/">Accueil</a> <a href="/contact">Contact</a>${extra}</nav></header><main><h1>Contact</h1><p>Ateliers d’écriture pour adultes.</p></main>` +
    `<footer><p>Contact</p><p><a href="tel:+33655501122">06 55 50 11 22</a></p><p><a href="mailto:${box}">${box}</a></p><p>© 2026 Wendell Coaching. Tous droits réservés.</p><p>${owner}</p></footer></body></html>`;

  it.each([
    ['Lena Marten — Animatrice d’ateliers', 'lena.marten@proton.me'],
    ['Lena Marten', 'lenamartencoaching@proton.me'],
  ])('%s', (owner, box) => {
    expect(fr(page(owner, box), 'FR', 'name')).toEqual(['name lena marten']);
  });

  it("not a name the mailbox does not spell, nor on a marketplace's page", () => {
    expect(fr(page('Lena Marten — Animatrice', 'contact@wendell-coaching.example'), 'FR', 'name')).toEqual([]);
    expect(fr(page('Lena Marten — Animatrice', 'lena.marten@proton.me', ' <a href="/login">Connexion</a> <a href="/deposer-une-annonce">Déposer une annonce</a>'), 'FR', 'name')).toEqual([]);
  });
});
