/**
 * Contact persons as job boards and Chinese-language ads name them, and the page data older
 * sites write: a contact phrase, a job title, the name and its number ("Lisätietoja antavat
 * ohjelmistoarkkitehti Matti Salo 010 … tai Kari Ranta 010 …"), kept without a known name when its
 * number follows; a family name and a title ("王先生", "張小姐"); object literals with
 * single-quoted keys; a party's contact as one sentence; messenger numbers without their "+".
 * With what a page brings against each: a date after the name, a firm after the phrase, a title
 * inside a longer run of characters, an unknown family name, a bare e-mail under a party's key,
 * a "firstname.lastname" pattern, the logged-in visitor's context. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.jobs.example/job/4242', 'FI');
const names = (body: string, country = 'FI'): string[] => found(page(body), country, 'name');

describe('a contact phrase, a job title, the name and its number', () => {
  it('two people, each with a title and a number (one a name the lists do not know)', () => {
    const body = '<p>Lisätietoja antavat Ohjelmistoarkkitehti Veikko Sorsakivi 010 777 3311 tai Tuotekehityksen päällikkö Ilpo Tervaharju 010 777 3322 (parhaiten aamupäivisin).</p>';
    expect(names(body)).toEqual(['name ilpo tervaharju', 'name veikko sorsakivi']);
  });
  it('the name, a phone label and the number', () => {
    expect(names('<p>Lisätietoja tehtävästä antaa arkisin rekrytointikonsultti Ilpo Tervaharju p. 040 777 5511.</p>')).toEqual(['name ilpo tervaharju']);
  });
  it('a second person after "ja", each with a number', () => {
    const body = '<p>Lisätietoja antavat Veikko Sorsakivi, p. 020 777 4411, ja Ilpo Tervaharju, p. 020 777 4422.</p>';
    expect(names(body)).toEqual(['name ilpo tervaharju', 'name veikko sorsakivi']);
  });
  it('questions answered by a person with a title of several words', () => {
    expect(names('<p>Kysymyksiisi vastaa Asiakkuuksien johtaja Matti Virtanen, p. 040 777 6622.</p>')).toEqual(['name matti virtanen']);
  });
  it.each([
    ['a date after the name (no number: held to the known-name list)', '<p>Lisätietoja antaa Ilpo Tervaharju 9.6. klo 10.</p>'],
    ['a firm after the phrase', '<p>Lisätietoja antaa Nordic Rekry Oy, p. 040 777 5511.</p>'],
    ['a second name with no number', '<p>Lisätietoja antaa Matti Virtanen, p. 040 777 5511 ja Ilpo Tervaharju.</p>'],
  ])('not %s', (_, body) => {
    expect(names(body).filter((n) => n !== 'name matti virtanen')).toEqual([]);
  });
});

describe('a Chinese family name and a title', () => {
  it.each([
    ['<p>仲介 大安房仲  陳經理</p>', 'name 陳經理'],
    ['<p>屋主 張小姐 0912-345-678</p>', 'name 張小姐'],
    ['<p>請洽王先生</p>', 'name 王先生'],
  ])('%s', (body, want) => {
    expect(names(body, 'TW')).toEqual([want]);
  });
  it.each([
    ['the title inside a longer run ("先生活")', '<p>這是先生活動中心</p>'],
    ['no known family name before it', '<p>聯絡 喵先生</p>'],
  ])('not %s', (_, body) => {
    expect(names(body, 'TW')).toEqual([]);
  });
});

describe('page data written as JavaScript and as sentences', () => {
  const script = (js: string): string => page('<p>Työpaikat</p>') + `<script>${js}</script>`;
  it('an object literal with single-quoted keys, and its contact sentence', () => {
    const js = `var jobs = []; if(!window['isOldIE']){ jobs[0] = {\n 'company': {'id': 4242, 'name': "Koulutus Oy"},\n 'contact': "Lisätietoja antaa Veikko Sorsakivi, p. 020 777 4411, veikko.sorsakivi@koulutus.example", 'title': "Kouluttaja ja muuta tekstiä pitkästi" }; }`.padEnd(260, ' ');
    expect(found(script(js), 'FI')).toEqual(['email veikko.sorsakivi@koulutus.example', 'name veikko sorsakivi', 'phone +358207774411']);
  });
  it('a bare e-mail under a party’s key (a config’s "owner") is not read', () => {
    const html = page('<p>Itens</p>') + nextData({ filters: [{ id: 'price', owner: 'buyersjourney@site-corp.example' }] });
    expect(found(html, 'BR', 'email')).toEqual([]);
  });
  it('a "firstname.lastname" pattern written as the address to use is no one’s address', () => {
    expect(found(page('<p>Hakemukset: etunimi.sukunimi@kela.example</p>'), 'FI', 'email')).toEqual([]);
  });
  it('the logged-in visitor’s e-mail beside "loggedIn": true in any object', () => {
    const html = page('<p>Jobs</p>') + nextData({ provider: { initialData: { proctorContext: { email: 'visitor@mail.example', loggedIn: true } } }, job: { contact: { email: 'hr@employer.example' } } });
    expect(found(html, 'US', 'email')).toEqual(['email hr@employer.example']);
  });
  it('a messenger number written as its link takes it, without the "+" (Mexico’s old mobile "1" dropped)', () => {
    const html = page('<p>Casas</p>') + nextData({ postings: [{ title: 'Casa', whatsApp: '52 1 5512345678' }, { title: 'Depto', whatsApp: '5215587654321' }] });
    expect(found(html, 'MX', 'phone')).toEqual(['phone +525512345678', 'phone +525587654321']);
  });
});
