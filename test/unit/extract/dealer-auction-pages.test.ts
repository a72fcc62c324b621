/**
 * Rules from a check on unseen vehicle pages (dealers' result pages in Japanese, Korean auction
 * yards, an auction site's ad, dealers' ads in Turkish and in a Russian UI): business marks of the
 * languages written without spaces, other numbers' labels before a plate label, VINs in inline
 * script handlers, the platform's own lines and config, and role words where a name would be.
 * Each with the cases an adversary would write; all values are synthetic (example.* domains,
 * invented names, numbers in fiction or unassigned ranges, VINs made up with a valid check digit).
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';

const URL_ = 'https://www.cars.example/detail/4471';
const found = (html: string, country: string, kind?: string, url = URL_): string[] =>
  extractFindings(html, { url, country })
    .filter((f) => kind === undefined || f.kind === kind)
    .map((f) => `${f.kind} ${f.value}`)
    .sort();
const page = (body: string): string => `<!doctype html><html><body><main>${body}</main></body></html>`;
const dealerCard = (name: string): string => `<div class="dealer-box"><p class="dealer-name">${name}</p></div>`;

describe('business marks in Japanese, Chinese and Korean names', () => {
  it.each([
    ['a Japanese dealer group’s branch ("…店")', 'ミナトモビリティ横浜青葉台店'],
    ['a branch in a Japanese business name with a space', 'さくら自動車販売 緑ヶ丘店'],
    ['a Japanese legal form in brackets, also the one-character form ㈱', '㈱ハヤテ'],
    ['a Japanese legal form in full-width brackets', '（有）ミドリ'],
    ['a Japanese legal form written out', '株式会社ヒバリ'],
    ['a Japanese "motors" trade name', 'ツバメモータース'],
    ['a Japanese "auto" trade name', 'カエデオートプラザ'],
    ['a Japanese sales office', '東和自販'],
    ['a Japanese trading house', '北斗商会'],
    ['a Chinese dealer with a legal form', '宏远汽车贸易有限公司'],
    ['a Chinese car dealer', '顺达车行'],
    ['a Korean "motors" trade name', '한빛모터스'],
    ['a Korean legal form in brackets', '(주)푸른오토'],
    ['a Korean legal form written out', '주식회사 새솔'],
    ['a Korean trading company', '대성상사'],
    ['a Korean used-car dealer', '동백중고차매매'],
  ])('%s is a business, not a person', (_, name) => {
    expect(plausibleName(name, true)).toBe(false);
    expect(found(page(dealerCard(name)), 'JP', 'name')).toEqual([]);
  });

  it.each([
    ['a Japanese name in kanji', '山川 花子', 'JP'],
    ['a Japanese name in kanji without a space', '佐藤一郎', 'JP'],
    ['a Japanese given name in katakana', 'ハルカ', 'JP'],
    ['a Korean name', '김민서', 'KR'],
    ['a Chinese name', '王小明', 'CN'],
  ])('%s in a seller’s name element is still read', (_, name, country) => {
    expect(plausibleName(name, true)).toBe(true);
    expect(found(page(dealerCard(name)), country, 'name')).toHaveLength(1);
  });
});

describe('parking, lot, stock and entry numbers are no plates', () => {
  const card = (rows: string): string => page(`<div class="car-card">${rows}</div>`);

  it('a Korean auction card: the plate after "차량번호" is read, the parking code after "주차번호" (which ends in "차번호") is not', () => {
    const html = card('<p>출품번호 : 1042</p><p>차량번호 : 47나5821</p><p>주차번호 : C21-7734</p><p>레인 : B</p>');
    expect(found(html, 'KR', 'plate')).toEqual(['plate KR:47나5821']);
  });

  it('the same with labels and values in table cells (label on the line above)', () => {
    const html = card('<table><tr><th>차량번호</th><td>47나5821</td></tr><tr><th>주차번호</th><td>C21-7734</td></tr></table>');
    expect(found(html, 'KR', 'plate')).toEqual(['plate KR:47나5821']);
  });

  it('Korean plate labels that are whole words still count: "자동차번호", "번호판", "차량 번호"', () => {
    expect(found(card('<p>자동차번호 : 47나5821</p>'), 'KR', 'plate')).toEqual(['plate KR:47나5821']);
    expect(found(card('<p>번호판: 152더3067</p>'), 'KR', 'plate')).toEqual(['plate KR:152더3067']);
    expect(found(card('<p>차량 번호 47나5821</p>'), 'KR', 'plate')).toEqual(['plate KR:47나5821']);
  });

  it.each([
    ['a parking bay label before a value in the country’s own format', 'GB', '<p>Parking bay: KX21 LMN</p>'],
    ['a lot number label before a value in the country’s own format', 'NO', '<p>Lot no: AB 48213</p>'],
    ['a stock label before a value in the country’s own format', 'GB', '<p>Stock #: KX21 LMN</p>'],
    ['a parking label in a cell above the value', 'NO', '<table><tr><th>Parking space</th></tr><tr><td>AB 48213</td></tr></table>'],
    ['a German parking label', 'DE', '<p>Stellplatz: B-AB 123</p>'],
    ['a Korean parking label before a value in Korean plate shape', 'KR', '<p>주차위치 : 47나5821</p>'],
    ['a Korean entry-number label before a value in Korean plate shape', 'KR', '<p>출품번호 47나5821</p>'],
  ])('%s gives no plate', (_, country, rows) => {
    expect(found(card(rows), country, 'plate')).toEqual([]);
  });

  it('a stock number before the plate label, with its own value between, does not block the plate', () => {
    expect(found(card('<p>Stock No: 88213 Reg: KX21 LMN</p>'), 'GB', 'plate')).toEqual(['plate GB:KX21LMN']);
  });

  it('a word that only contains a label word ("Lottery", "Debay") blocks nothing', () => {
    expect(found(card('<p>Lottery AB 48213</p>'), 'NO', 'plate')).toEqual(['plate NO:AB48213']);
    expect(found(card('<p>Debay: KX21 LMN</p>'), 'GB', 'plate')).toEqual(['plate GB:KX21LMN']);
  });

  it('a parking word before a plate label leaves the plate label in charge ("parking permit for reg" names the car)', () => {
    expect(found(card('<p>Parking permit for reg: KX21 LMN</p>'), 'GB', 'plate')).toEqual(['plate GB:KX21LMN']);
  });
});

describe('VINs passed to inline event handlers', () => {
  const cards = (handlers: string[]): string =>
    page(handlers.map((h) => `<div class="car-item"><a href="#" onclick="${h}">보기</a></div>`).join(''));

  it('reads a check-digit-valid VIN among a handler’s arguments, on every card of a result page', () => {
    const html = cards([
      "javascript:openCar('L-000187','5TDZA3EH2PS481736','77');",
      "javascript:openCar('L-000188','WDD2050461R735190','77');",
    ]);
    expect(found(html, 'KR', 'vin')).toEqual(['vin 5TDZA3EH2PS481736', 'vin WDD2050461R735190']);
  });

  it('reads it from any on* handler and with any quote, not only onclick', () => {
    expect(found(page(`<button onmouseover='show("JM1BPAML6P1513479")'>i</button>`), 'KR', 'vin')).toEqual(['vin JM1BPAML6P1513479']);
  });

  it('takes no 17-character argument that fails the check digit where the function says nothing of cars (an id may fail it)', () => {
    expect(found(cards(["openItem('L-000187','KNDJ23AU0N7402618','77');"]), 'KR', 'vin')).toEqual([]);
  });

  it('takes one where the function is named for a car or its VIN: outside North America a VIN need not have a check digit', () => {
    const html = cards(["javascript:carRegInfo('CR202401010007','KNDJ23AU0N7402618','1100220033');", "openCar('L-000188','KMHJ281BBNU123456','77');"]);
    expect(found(html, 'KR', 'vin')).toEqual(['vin KMHJ281BBNU123456', 'vin KNDJ23AU0N7402618']);
  });

  it('even there, not a hash, a lower-case token, a token without a numeric serial, nor one without a maker’s letter', () => {
    const html = cards(["openCar('A9F3C2D81B7E4F0C2','knd j23au0n740261','KNDJ23AU0N740261X','12345678901234567');"]);
    expect(found(html, 'KR', 'vin')).toEqual([]);
  });

  it('takes no hash, lower-case token or id of that length, and reads no phone, e-mail or name from handlers', () => {
    const html = cards([
      "track('A9F3C2D81B7E4F0C2','5tdza3eh2ps481736','02-3149-2871','sales@dealer.example');",
      "openTel('010-4821-7390', 'Kim Minjun')",
    ]);
    expect(found(html, 'KR')).toEqual([]);
  });

  it('reads no VIN from a handler in the site’s header (chrome)', () => {
    const html = `<body><header><a onclick="demo('5TDZA3EH2PS481736')">demo</a></header><main><p>Text</p></main></body>`;
    expect(found(html, 'KR', 'vin')).toEqual([]);
  });
});

describe('the platform’s own lines', () => {
  it('drops a Korean company’s "representative number" (대표번호, 대표전화), also where no footer is marked', () => {
    const html = page(
      '<p>판매자 연락처 010-4821-7390</p><div class="box"><p>카옥션 대표번호 1661-7024</p></div>' +
        '<div><p>대표 전화 : 02-3149-2871</p></div>',
    );
    expect(found(html, 'KR', 'phone')).toEqual(['phone +821048217390']);
  });

  it('keeps the number of the business’s representative person (대표자) and a plain contact line', () => {
    const html = page('<p>대표자 연락처 010-4821-7390</p><p>연락처 02-3149-2871</p>');
    expect(found(html, 'KR', 'phone')).toEqual(['phone +821048217390', 'phone +82231492871']);
  });
});

describe('a "contact…" field at the top of a site’s script object is the site’s own', () => {
  const PAGE = 'https://cars.example/listing/2019-pickup-7/';
  /** Inline scripts are read as page data from 200 characters on: the config is padded with the site's texts. */
  const pad = '"i18n":{"confirm":"Please check the form before you send it to us.","error":"Something went wrong, please try again later or write to us."}';
  const script = (body: string, id = ''): string => `<script${id ? ` id="${id}"` : ''}>${body.replace('{', `{${pad},`)}</script>`;

  it('drops the site’s own desk address in its config object (same registrable domain)', () => {
    const html = script('var APP_CONFIG = {"profileUrl":"https://cars.example/my/profile/","contactEmail":"desk@cars.example","build":"a1b2"};');
    expect(found(page(html), 'US', 'email', PAGE)).toEqual([]);
  });

  it('keeps the same field inside the ad’s or seller’s object, where "contact" is the party', () => {
    const html = script(
      'window.__STATE__ = {"profileUrl":"https://cars.example/my/profile/","ad":{"contactEmail":"jordan.vale@cars.example"},"seller":{"contact_email":"rae.holt@cars.example"}};',
    );
    expect(found(page(html), 'US', 'email', PAGE)).toEqual(['email jordan.vale@cars.example', 'email rae.holt@cars.example']);
  });

  it('keeps it at the top of a script whose name says it is the seller’s', () => {
    const html = script('{"contactEmail":"jordan.vale@cars.example"}', 'seller-data');
    expect(found(page(html.replace('<script', '<script type="application/json"')), 'US', 'email', PAGE)).toEqual(['email jordan.vale@cars.example']);
  });

  it('an address of another domain in that field is kept as before (only the site’s own addresses need the seller’s word)', () => {
    const html = script('var APP_CONFIG = {"profileUrl":"https://cars.example/my/profile/","contactEmail":"jordan.vale@mail.example","build":"a1b2"};');
    expect(found(page(html), 'US', 'email', PAGE)).toEqual(['email jordan.vale@mail.example']);
  });
});

describe('schema.org parties that are the site itself', () => {
  const PAGE = 'https://www.cars.example/listing/2019-pickup-7/';
  const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const event = (organizer: Record<string, string>): string =>
    ld({ '@context': 'http://schema.org', '@type': 'Event', name: 'Spring Classic Meet', organizer: { '@type': 'Person', ...organizer } });

  it.each([
    ['over http while the page is https', 'http://cars.example'],
    ['without "www." while the page has it', 'https://cars.example/'],
    ['with "www." and http', 'http://www.cars.example/'],
  ])('an event organiser typed Person whose url is the site’s root %s is the site: no name, phone or e-mail', (_, url) => {
    const html = page(event({ name: 'Marlow Hatch Events', url, telephone: '+1 201 555 0123', email: 'meet@cars.example' }));
    expect(found(html, 'US', undefined, PAGE)).toEqual([]);
  });

  it('a person whose url is a page of the site (a member’s profile) is still a person', () => {
    const html = page(event({ name: 'Jordan Vale', url: 'https://www.cars.example/member/jvale/' }));
    expect(found(html, 'US', 'name', PAGE)).toEqual(['name jordan vale']);
  });

  it('a person whose url is the root of a subdomain of the site (a dealer’s own pages there) is still read', () => {
    const html = page(event({ name: 'Jordan Vale', url: 'https://jvale.cars.example/' }));
    expect(found(html, 'US', 'name', PAGE)).toEqual(['name jordan vale']);
  });

  it('a person whose url is the root of another site that only ends like this one is still read', () => {
    const html = page(event({ name: 'Jordan Vale', url: 'https://oldcars.example/' }));
    expect(found(html, 'US', 'name', PAGE)).toEqual(['name jordan vale']);
  });
});

describe('UI links and image words where a name would be', () => {
  const PAGE = 'https://www.cars.example/listing/2019-pickup-7/';

  it.each([
    ['an action button to the visitor’s account settings', '<a class="btn" href="https://www.cars.example/account/member/edit/">Change Payment Method</a>'],
    ['the visitor’s own name linking to their settings', '<a href="/user/settings">Harper Lane</a>'],
    ['a profile link under the visitor’s dashboard', '<a href="/dashboard/profile/harper">Harper Lane</a>'],
  ])('%s gives no name', (_, link) => {
    expect(found(page(link), 'US', 'name', PAGE)).toEqual([]);
  });

  it.each([
    ['a member’s profile whose slug contains "edit"', '<a href="/user/edith-morgan/">Edith Morgan</a>', 'name edith morgan'],
    ['a member’s profile', '<a href="https://www.cars.example/profile/jvale">Jordan Vale</a>', 'name jordan vale'],
  ])('%s still gives the member’s name', (_, link, name) => {
    expect(found(page(link), 'US', 'name', PAGE)).toEqual([name]);
  });

  it.each([
    ['a role word ("Rep") as a salesperson’s profile photo’s alt text', '<img src="/media/staff/k3f9.jpg" alt="Rep" class="profile-photo">'],
    ['"Representative"', '<img class="avatar" alt="Representative">'],
    ['"Avatar" as an avatar’s alt text', '<img class="user-avatar" alt="Avatar">'],
    ['"Logo"', '<img class="avatar" alt="Logo">'],
  ])('%s is no name', (_, img) => {
    expect(found(page(`<div class="seller-card">${img}<p>0212 555 01 23</p></div>`), 'TR', 'name', PAGE)).toEqual([]);
  });

  it('an avatar whose alt text is a person’s name still gives it', () => {
    expect(found(page('<div class="seller-card"><img class="avatar" alt="Deniz Kaya"></div>'), 'TR', 'name', PAGE)).toEqual(['name deniz kaya']);
  });
});

describe('a dealer’s salesperson in embedded data', () => {
  const json = (data: unknown): string => page(`<script type="application/json">${JSON.stringify(data)}</script>`);

  it('reads the salesperson’s object ("sales_representative") beside the dealer’s firm: a person, shown as first name and initial', () => {
    const html = json({ listing: { corporate: { name: 'Yıldız Otomotiv', phone: '0212 555 01 23' }, sales_representative: { id: 139, name: 'Deniz K.', phone: '0532 555 01 23' } } });
    expect(found(html, 'TR')).toEqual(['name deniz k.', 'phone +902125550123', 'phone +905325550123']);
  });

  it.each(['salesRep', 'salesperson', 'sales_consultant', 'representative'])('reads "%s" as a person even under a business flag', (key) => {
    expect(found(json({ listing: { isCompany: true, [key]: { name: 'Deniz Kaya' } } }), 'TR', 'name')).toEqual(['name deniz kaya']);
  });

  it('the salesperson’s id field beside other fields names nobody', () => {
    expect(found(json({ listing: { sales_representative_id: 139, title: 'Deniz Kaya' } }), 'TR', 'name')).toEqual([]);
  });
});

describe('a contact person after a contact-person label in the site’s UI language', () => {
  it.each([
    ['Russian, label and name in table cells, on a German dealer’s ad', 'DE', '<dl><dt>Контактное лицо</dt><dd>Kerem Aydin</dd><dd>Verkauf</dd></dl>', 'name kerem aydin'],
    ['Russian, with a colon, a name in Cyrillic', 'RU', '<p>Контактное лицо: Алексей Петров</p>', 'name алексей петров'],
    ['Ukrainian', 'UA', '<p>Контактна особа: Олена Коваль</p>', 'name олена коваль'],
    ['Czech', 'CZ', '<p>Kontaktní osoba: Jana Nováková</p>', 'name jana nováková'],
    ['Spanish', 'ES', '<p>Persona de contacto: Lucía Ortega</p>', 'name lucía ortega'],
  ])('%s', (_, country, html, name) => {
    expect(found(page(html), country, 'name')).toEqual([name]);
  });

  it.each([
    ['a "show phone" button', '<dl><dt>Контактное лицо</dt><dd>Показать телефон</dd></dl>'],
    ['a "write" button', '<p>Контактна особа</p><p>Написати продавцю</p>'],
    ['"not given"', '<p>Контактное лицо: не указано</p>'],
    ['the party’s role', '<p>Контактное лицо</p><p>Дилер</p>'],
  ])('takes no name where the label is followed by %s', (_, html) => {
    expect(found(page(html), 'RU', 'name')).toEqual([]);
  });
});

describe('Georgian phone labels and contact verbs', () => {
  it.each([
    ['after "contact me" at the end of a description', '<p>მანქანა კარგ მდგომარეობაშია, კითხვებისთვის დამიკავშირდით 571234896</p>'],
    ['after "telephone:"', '<p>ტელეფონი: 571234896</p>'],
    ['after "call us"', '<p>დაგვირეკეთ 571234896</p>'],
  ])('reads a mobile number written as one run %s', (_, html) => {
    expect(found(page(html), 'GE', 'phone')).toEqual(['phone +995571234896']);
  });

  it.each([
    ['the ad’s number', '<p>განცხადების ნომერი 571234896</p>'],
    ['a price', '<p>ფასი 571234896</p>'],
    ['no label at all', '<p>571234896</p>'],
  ])('takes no bare run after %s', (_, html) => {
    expect(found(page(html), 'GE', 'phone')).toEqual([]);
  });
});
