/**
 * From the fix round on the 82nd sealed round (m84b, m84c) and the 80th round's leftovers, general
 * rules with the cases an adversary would bring:
 * - a firm's page of its people, each linked to their own page at a people's path of the site
 *   ("/lawyers-and-staff/kamal-reilly/"), names them, and says the site is the firm's own;
 * - a menu's or a page's roster of such links, most of them known names, vouches for the others;
 * - a right-hand column that holds the page's content, beside a thin menu, is not a side bar;
 * - a person a report quotes ("Mr Roe said") is not one to contact;
 * - an own site's contact block names its person after an honorific ("Frau Lena Marten");
 * - an image map's mail link in a footer is the site's mail link.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

describe("a firm's page of its people, linked at a people's path", () => {
  const found = foundAt('https://www.wendell-law.example/lawyers-and-staff/', 'US');
  const person = (slug: string, name: string, path = '/lawyers-and-staff/'): string =>
    `<li><a href="https://www.wendell-law.example${path}${slug}/" title="${name}"><img src="/img/${slug}.jpg" alt="${name}"></a><h3><a href="https://www.wendell-law.example${path}${slug}/">${name}</a></h3></li>`;
  const page = (people: string, header = '<a href="/contact/">Contact</a> <span>312.555.0142</span>'): string =>
    `<!doctype html><html><body><header><a href="/">Wendell Law</a> ${header}</header><main><h1>Our Lawyers</h1><h2>Principals</h2><ul>${people}</ul></main>` +
    '<footer><p>© 2025 Wendell Law LLP</p></footer></body></html>';

  it('names each person whose address spells their name, and the header\'s number is the firm\'s', () => {
    const people = person('kamal-reilly', 'Kamal R. Reilly') + person('lena-marten-paralegal', 'Lena Marten') + person('anna-berg', 'Professor Anna Berg');
    expect(found(page(people), 'US')).toEqual(['name anna berg', 'name kamal r. reilly', 'name lena marten', 'phone +13125550142']);
  });

  it.each([
    ['/our-team/', 'our-team'],
    ['/meet-the-team/', 'meet-the-team'],
    ['/people/', 'people'],
    ['/lawyers-and-partners/', 'lawyers-and-partners'],
    ['/attorneys-and-associates/', 'attorneys-and-associates'],
  ])('at %s too', (path) => {
    expect(found(page(person('kamal-reilly', 'Kamal Reilly', path) + person('lena-marten', 'Lena Marten', path)), 'US', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it.each([
    // Addresses that do not spell the link's text: a practice area, an id, another person.
    [person('real-estate', 'Kamal Reilly') + person('48213', 'Lena Marten')],
    [person('anna-berg', 'Kamal Reilly') + person('kamal-reilly', 'Lena Marten')],
    // Places and services under a people's path.
    [person('perth-office', 'Perth Office') + person('new-york', 'New York')],
    // A path that is no people's ("/practice-areas/…", "/news/…").
    [person('kamal-reilly', 'Kamal Reilly', '/practice-areas/') + person('lena-marten', 'Lena Marten', '/news/')],
  ])('no name, and the number stays unknown, from %s', (people) => {
    expect(found(page(people), 'US')).toEqual([]);
  });

  it("one person alone does not say the site is the firm's", () => {
    expect(found(page(person('kamal-reilly', 'Kamal Reilly')), 'US', 'phone')).toEqual([]);
  });

  it("links to another site's people's pages say nothing of this one", () => {
    const other = person('kamal-reilly', 'Kamal Reilly').replaceAll('www.wendell-law.example', 'www.wendell-directory.example');
    const other2 = person('lena-marten', 'Lena Marten').replaceAll('www.wendell-law.example', 'www.wendell-directory.example');
    expect(found(page(other + other2), 'US')).toEqual([]);
  });

  it("a menu's people at a people's path say so too, its members' profiles do not", () => {
    const menu = (path: string): string =>
      `<a href="/contact/">Contact</a> <span>312.555.0142</span> <ul><li><a href="${path}kamal-reilly/">Kamal Reilly</a></li><li><a href="${path}lena-marten/">Lena Marten</a></li></ul>`;
    expect(found(page('<li>Our practice areas</li>', menu('/our-team/')), 'US', 'phone')).toEqual(['phone +13125550142']);
    expect(found(page('<li>Our practice areas</li>', menu('/user/')), 'US', 'phone')).toEqual([]);
  });

  it("a marketplace's controls still say marketplace", () => {
    const people = person('kamal-reilly', 'Kamal Reilly') + person('lena-marten', 'Lena Marten');
    const market = '<a href="/contact/">Contact</a> <span>312.555.0142</span> <a href="/login">Log in</a> <a href="/post-ad">Post an ad</a>';
    expect(found(page(people, market), 'US', 'phone')).toEqual([]);
  });
});

describe("a roster of people's links, most of them known names", () => {
  const found = foundAt('https://www.wendell-dent.example/kontakt', 'CH');
  const menu = (names: readonly string[]): string =>
    '<!doctype html><html><body><nav><ul><li><a href="/">Home</a></li><li>Team<ul>' +
    names.map((n) => `<li><a href="/team/${n.toLowerCase().replace(/ /g, '-').replace(/ü/g, 'ue')}">${n}</a></li>`).join('') +
    '</ul></li></ul></nav><main><h1>Kontakt</h1><p>Telefon 031 555 01 42</p></main></body></html>';

  it('vouches for the names the known names lack, and reads umlauts spelled out in the address', () => {
    expect(found(menu(['Lena Marten', 'Anna Berg', 'Kamal Reilly', 'Qorvana Vokshi', 'Ursula Brünig']), 'CH', 'name')).toEqual([
      'name anna berg',
      'name kamal reilly',
      'name lena marten',
      'name qorvana vokshi',
      'name ursula brünig',
    ]);
  });

  it('but not when few of them are known names', () => {
    expect(found(menu(['Lena Marten', 'Qorvana Vokshi', 'Tirvena Lleshaj', 'Zelmir Morina']), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('nor when they are too few', () => {
    expect(found(menu(['Lena Marten', 'Anna Berg', 'Qorvana Vokshi']), 'CH', 'name')).toEqual(['name anna berg', 'name lena marten']);
  });
});

describe("a right-hand column that holds the page's content", () => {
  const found = foundAt('https://www.wendell-hundeverein.example/termine', 'DE');
  const counter = '<h3>Zähler</h3><p>Diese Woche 48</p><p>Insgesamt 31205</p>';
  const content =
    '<h2>Termine</h2><p>Frühjahrsturnier am 12. April, Beginn 9 Uhr auf dem Vereinsgelände.</p><p>Anmeldung:</p><p>Lena Marten</p><p>Musterweg 7, 12345 Musterstadt</p>' +
    '<p>Telefon: 030/5550120</p><p>Anmeldungen bitte bis eine Woche vor dem Turnier. Gäste sind herzlich willkommen, für Verpflegung ist gesorgt.</p>';
  const page = (left: string, right: string): string =>
    `<!doctype html><html><body><div id="leftcolumn"><ul><li><a href="/">Start</a></li><li><a href="/termine">Termine</a></li></ul>${left}</div><div id="rightcolumn">${right}</div></body></html>`;

  it('is read as the content, beside a menu and a counter', () => {
    expect(found(page(counter, content), 'DE', 'phone')).toEqual(['phone +49305550120']);
  });

  it('but is a side bar beside a fuller content', () => {
    const long = `<h2>Über uns</h2>${'<p>Unser Verein bietet Kurse für Welpen, Junghunde und Familienhunde an, jeden Samstag und Sonntag auf dem Platz am Wald.</p>'.repeat(8)}`;
    expect(found(page(long, content), 'DE', 'phone')).toEqual([]);
  });

  it('nor when it is marked as a side bar too', () => {
    const html = page(counter, content).replace('id="rightcolumn"', 'id="rightcolumn" class="sidebar"');
    expect(found(html, 'DE', 'phone')).toEqual([]);
  });
});

describe('a person a report quotes', () => {
  const found = foundAt('https://www.wendell-news.example/news/bus-strike', 'IE');
  const article = (p: string): string => `<!doctype html><html><body><main><article><h1>Bus strike goes ahead</h1><p>The union rejected the latest offer.</p><p>${p}</p></article></main></body></html>`;

  it.each([
    ['Mr Kamal Reilly called on the council to settle the dispute.'],
    ['Mr Reilly said the drivers had been ignored.'],
    ['“We were not consulted,” said Mrs Anna Berg.'],
    ['According to Ms Lena Marten, the timetable was wrong.'],
    ['Herr Kamal Reilly erklärte, die Fahrer seien enttäuscht.'],
  ])('is no one to contact: %s', (p) => {
    expect(found(article(p), 'IE', 'name')).toEqual([]);
  });

  it.each([
    ['For bookings contact Mr Kamal Reilly on 021 555 0142.', 'name kamal reilly'],
    ['Mrs Anna Berg, the secretary, takes entries until Friday.', 'name anna berg'],
  ])('but one to contact still is: %s', (p, want) => {
    expect(found(article(p), 'IE', 'name')).toEqual([want]);
  });
});

describe("an own site's contact block", () => {
  const found = foundAt('https://www.wendell-immo.example/', 'CH');
  const site = (box: string): string =>
    '<!doctype html><html><body><header><a href="/">Wendell Immo</a></header><main><h1>Willkommen</h1><p>Wir verkaufen und vermieten Wohnungen in der Region.</p></main>' +
    `<aside class="sidebar"><h2>Kontakt</h2><p><strong>Wendell Immo GmbH</strong><br>${box}<br>Musterweg 21<br>8000 Zürich<br><b>Tel:</b> +41(0)44 555 01 42<br><b>E-Mail:</b> <a href="mailto:info@wendell-immo.example">info@wendell-immo.example</a></p></aside></body></html>`;

  it('names its person after an honorific', () => {
    expect(found(site('Frau Lena Marten'), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('and without one, as before', () => {
    expect(found(site('Lena Marten'), 'CH', 'name')).toEqual(['name lena marten']);
  });

  it('but not a firm after the honorific\'s place', () => {
    expect(found(site('Frau Holle Immobilien'), 'CH', 'name')).toEqual([]);
  });
});

describe("a footer's image map", () => {
  const found = foundAt('https://www.wendell-studio.example/work.php', 'SK');
  const page = (foot: string): string =>
    '<!doctype html><html><body><div id="header"><a href="/">Wendell Studio</a></div><div id="mainContent"><h1>Our work</h1><p>Our recent work.</p></div>' +
    `<div id="footer"><img src="/images/footer.png" usemap="#Map" alt=""><map name="Map">${foot}</map><p>Wendell Studio s.r.o., Musterova 3, 821 05 Bratislava</p></div></body></html>`;

  it("gives the site's mailbox as its mail link", () => {
    expect(found(page('<area shape="rect" coords="300,10,460,40" href="mailto:office@wendell-studio.example" alt="">'), 'SK')).toEqual(['email office@wendell-studio.example']);
  });

  it('and nothing from its other areas', () => {
    expect(found(page('<area shape="rect" coords="0,0,100,45" href="/about.php" alt="">'), 'SK')).toEqual([]);
  });
});
