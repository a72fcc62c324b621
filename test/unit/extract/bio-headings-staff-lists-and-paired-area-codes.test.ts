/**
 * From the fix round on the 67th sealed round (m69a, m69b, m69c): a team page's profiles, a name
 * as a heading over a bio that opens with the person's name or title; a clinic's staff list, a
 * name, a dash and a role on each line; Polish degrees written in small letters before a name
 * ("mgr", "lek. dent."); a small firm's managers' and heads' titles; German numbers whose
 * area code is spelt in pairs of digits in brackets ("(0 73 41) 5 28 61 - 00"); a mail link with a
 * space after its colon; a control's word inside a paragraph's sentence. With the cases an
 * adversary would bring: a product or a company named like a person over its own description, a
 * list of courses with one eponym among them, two lines only, a bracket of digits that is no area
 * code, a fax line, a header's real controls. All values and texts are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.wendell-team.example/team', 'GB');

const profile = (name: string, bio: string): string => `<section><div class="bio"><h2>${name}</h2><p>${bio}</p></div></section>`;

describe("a team page's profile: a name heading over a bio", () => {
  it('that opens with the first name and speaks of a person: a grid of them, unknown names too', () => {
    const html = page(
      '<h1>Our therapists</h1>' +
        profile('Lena Marten', 'Lena trained as a family therapist in Leeds and joined the practice in 2019. She sees clients on Tuesdays and Fridays.') +
        profile('Kamal Reilly', 'Kamal spent ten years in youth work before retraining. His sessions use art and music, and he leads the group work.') +
        profile('Anna Berg', "Anna's background is in nursing. She offers evening appointments for adults and couples, and she speaks French.") +
        profile('Quorra Vexlin', 'Quorra Vexlin trained in Bristol and works with bereaved families. Her sessions take place in the garden room.'),
    );
    expect(found(html, 'GB', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name quorra vexlin']);
  });

  it('that opens with the title ("Abogada, titulada en …", "Socio fundador. …")', () => {
    const html = page(
      '<h1>Nuestra gente</h1>' +
        profile('Lena Marten', 'Abogada, titulada en la Universidad del Norte en 2004; ejerce en derecho laboral y de familia desde entonces.') +
        profile('Rafael Irfan', 'Socio fundador. Licenciado en derecho, con un máster en arbitraje comercial internacional y veinte años de oficio.'),
    );
    expect(found(html, 'CL', 'name')).toEqual(['name lena marten', 'name rafael irfan']);
  });

  it('not a product or a company named so over its own description', () => {
    const tool = page(profile('Wendell Loop', 'Wendell Loop is a booking widget that shows every free slot of our workshop for the coming fortnight.'));
    expect(found(tool, 'US', 'name')).toEqual([]);
    const firm = page(profile('Marten Motors', 'Marten Motors has served the county since 1972. She is a proud family firm, and its workshop is open six days a week.'));
    expect(found(firm, 'GB', 'name')).toEqual([]);
  });

  it('not an unknown name whose paragraph says nothing of a person, nor a name over a short line', () => {
    const unknown = page(profile('Quorra Vexlin', 'Quorra Vexlin was built in 1890 as a granary and converted into offices and studios in 2004 by the town.'));
    expect(found(unknown, 'GB', 'name')).toEqual([]);
    const short = page(
      profile('Quorra Vexlin', 'Quorra is here.') + profile('Wendell Brook', 'Wendell Brook runs.') + profile('Zorvan Tillet', 'Zorvan, at last.'),
    );
    expect(found(short, 'GB', 'name')).toEqual([]);
  });
});

describe("a clinic's staff list: a name, a dash and a role on each line", () => {
  const item = (name: string, role: string): string => `<li><b>${name}</b> - ${role}</li>`;

  it('three lines or more in a row: the people, unknown names vouched by the known', () => {
    const html = page(
      '<h2>Nasz personel</h2><ul>' +
        item('Lena Marten', 'pielęgniarka') +
        item('Anna Berg', 'rejestracja pacjentów') +
        item('Kamal Reilly', 'technik laboratorium') +
        item('Quorra Vexlin', 'kierowca karetki') +
        '</ul>',
    );
    expect(found(html, 'PL', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten', 'name quorra vexlin']);
  });

  it('not two lines, nor an eponym in a list of courses, nor places', () => {
    expect(found(page('<ul>' + item('Lena Marten', 'pielęgniarka') + item('Anna Berg', 'rejestracja pacjentów') + '</ul>'), 'PL', 'name')).toEqual([]);
    // Beside a staff list that a grid of known names vouches for: the eponym is not one of its lines.
    const staff = '<ul>' + item('Lena Marten', 'pielęgniarka') + item('Kamal Reilly', 'technik laboratorium') + item('Rafael Irfan', 'kierowca karetki') + '</ul>';
    const courses =
      '<h3>Certyfikaty i dyplomy</h3><ul><li>Masaż sportowy</li><li>Quorra Vexlin – koncepcja leczenia barku</li>' +
      '<li>Pierwsza pomoc</li><li>Ergonomia pracy</li></ul>';
    expect(found(page(courses), 'PL', 'name')).toEqual([]);
    expect(found(page(staff + courses), 'PL', 'name')).not.toContain('name quorra vexlin');
    const places = page('<ul>' + item('Hotel Marina', 'widok na morze') + item('Villa Rosa', 'basen i ogród') + item('Casa Verde', 'blisko plaży') + '</ul>');
    expect(found(places, 'PL', 'name')).toEqual([]);
  });
});

describe('Polish degrees in small letters before a name', () => {
  it('"mgr", "lek. dent.", "mgr inż." before a name: the name, without the degree', () => {
    expect(found(page('<h3>Psycholog<br>mgr Lena Marten</h3><p>Przyjmuje we wtorki.</p>'), 'PL', 'name')).toEqual(['name lena marten']);
    expect(found(page('<p>Przyjmuje lek. dent. Anna Berg, w poniedziałki i środy.</p>'), 'PL', 'name')).toEqual(['name anna berg']);
    expect(found(page('<p>Kierownik budowy: mgr inż. Kamal Reilly</p>'), 'PL', 'name')).toEqual(['name kamal reilly']);
  });

  it('not the degree alone, nor a degree before a word in small letters', () => {
    expect(found(page('<p>Tytuł: mgr</p><p>Studia mgr z ekonomii, dwa lata.</p>'), 'PL', 'name')).toEqual([]);
  });
});

describe("a small firm's managers and project staff", () => {
  it('a name over such a title, two cards or more', () => {
    const card = (name: string, title: string): string => `<div class="member"><h4>${name}</h4><h5>${title}</h5><p>Suit les commandes.</p></div>`;
    const html = page("<h2>Nos bureaux</h2>" + card('Lena Marten', 'CHEF COMPTABLE') + card('Anna Berg', 'GÉRANTE') + card('Kamal Reilly', 'FLEET MANAGER'));
    expect(found(html, 'FR', 'name')).toEqual(['name anna berg', 'name kamal reilly', 'name lena marten']);
  });
});

describe('an area code spelt in pairs of digits, in brackets', () => {
  const at = foundAt('https://www.wendell-vermessung.example/kontakt', 'DE');
  const office = (lines: string): string => page(`<h2>Wegbeschreibung</h2><p>Planungsbüro Wendell</p>${lines}`);

  it('the office line with its extension, and the mobile', () => {
    expect(at(office('<p>fon (0 73 41) 5 28 61 - 00</p><p>mobil (01 76) 4 83 27 19</p>'), 'DE', 'phone')).toEqual([
      'phone +491764832719',
      'phone +4973415286100',
    ]);
  });

  it("the fax line too (the office's number), but not a bracket of digits in other groups", () => {
    expect(at(office('<p>fax (0 73 41) 5 28 61 - 09</p>'), 'DE', 'phone')).toEqual(['phone +4973415286109']);
    expect(at(office('<p>Tel.: (0 7 3 41) 4827 3915</p>'), 'DE', 'phone')).toEqual([]);
    expect(at(office('<p>Zimmer (2 3) 4827 3915</p>'), 'DE', 'phone')).toEqual([]);
  });
});

describe('a mail or call link with a space after its colon', () => {
  it('gives its address, as a mail client reads it', () => {
    const html = page('<p>Lena Marten</p><p><a href="mailto: lena.marten@wendell-mail.example">Schreiben Sie mir</a></p><p><a href="tel: +49 30 6184 2957">Anrufen</a></p>');
    expect(found(html, 'DE', 'email')).toEqual(['email lena.marten@wendell-mail.example']);
    expect(found(html, 'DE', 'phone')).toEqual(['phone +493061842957']);
  });
});

describe("a control's word in a paragraph's sentence", () => {
  const at = foundAt('https://www.wendell-counselling.example/therapy/family', 'GB');
  const site = (header: string, content: string): string =>
    `<!doctype html><html><body><header><a href="/">Wendell Counselling</a> <a href="/team">Team</a>${header}</header><main>${content}</main>` +
    '<footer><p>Lena Marten</p><p>Telephone: <a href="tel:07946 381529">07946 381529</a></p><p>Email: <a href="mailto:lena@wendell-counselling.example">lena@wendell-counselling.example</a></p></footer></body></html>';
  const bio =
    '<h2>Lena Marten</h2><p>Lena has worked as a family therapist since 2011, and she is listed on the national Register of psychotherapists. She also teaches at the college.</p>';

  it('is no sign of a marketplace: the own site keeps its mailbox and line', () => {
    expect(at(site('', bio), 'GB', 'email')).toEqual(['email lena@wendell-counselling.example']);
    expect(at(site('', bio), 'GB', 'phone')).toEqual(['phone +447946381529']);
  });

  it("but a header's control still is one, and so is a long line of menu words", () => {
    expect(at(site(' <a href="/members">Log in</a> <a href="/join">Register</a>', bio), 'GB', 'email')).toEqual([]);
    const menu =
      '<p>Home Cars Vans Motorbikes Caravans Boats Farm Plant Parts Dealers Guides Reviews Finance Insurance Valuations Register Help</p>';
    expect(at(site('', menu + bio), 'GB', 'email')).toEqual([]);
  });
});

describe("a Polish law office's cards", () => {
  it('a name over "Adwokat" or "Aplikant adwokacki", two cards or more', () => {
    const card = (name: string, title: string): string => `<div class="osoba"><h4>${name}</h4><p>${title}</p></div>`;
    const html = page('<h2>Kancelaria Wendell</h2>' + card('Lena Marten', 'Adwokat') + card('Kamal Reilly', 'Aplikant adwokacki'));
    expect(found(html, 'PL', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
});

describe('a tradesman introducing himself by his full name before a dash', () => {
  const at = foundAt('https://www.wendell-electrical.example/', 'AU');
  const intro = (line: string): string => page(`<h1>Power for the valley</h1><p>${line}</p><p>Text 0478 535 091</p>`);

  it('"I\'m Lena Marten — your licensed electrician": the full name', () => {
    expect(at(intro("I'm Lena Marten — your licensed electrician for homes and sheds across the valley."), 'AU', 'name')).toEqual(['name lena marten']);
    expect(at(intro('I’m Lena Marten - your licensed electrician.'), 'AU', 'name')).toEqual(['name lena marten']);
  });

  it('not a firm introduced so, nor a surname with no dash after it', () => {
    expect(at(intro("We're Harbour Sparks — electricians for the valley."), 'AU', 'name')).toEqual([]);
    expect(at(intro("I'm Lena Marten's apprentice, and I answer the phone."), 'AU', 'name')).toEqual([]);
  });
});

describe("a body shop's own site describing itself in schema.org data", () => {
  const at = foundAt('https://www.wendell-karosseri.example/iletisim', 'TR');
  const ld = (type: string, email: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'ContactPage', mainEntity: { '@type': type, name: 'Wendell Karoseri', email, url: 'https://www.wendell-karosseri.example/' } })}</script>`;
  const html = (data: string): string => `<!doctype html><html><head>${data}</head><body><main><h1>İletişim</h1><p>Boya ve kaporta işleri.</p></main></body></html>`;

  it('its mailbox at its own domain, as a dealer\'s or a garage\'s is', () => {
    expect(at(html(ld('AutoBodyShop', 'servis@wendell-karosseri.example')), 'TR', 'email')).toEqual(['email servis@wendell-karosseri.example']);
    expect(at(html(ld('AutoRepair', 'servis@wendell-karosseri.example')), 'TR', 'email')).toEqual(['email servis@wendell-karosseri.example']);
  });

  it("not a marketplace's organisation, nor the body shop's data-protection mailbox", () => {
    expect(at(html(ld('Organization', 'destek@wendell-karosseri.example')), 'TR', 'email')).toEqual([]);
    expect(at(html(ld('AutoBodyShop', 'privacy@wendell-karosseri.example')), 'TR', 'email')).toEqual([]);
  });
});
