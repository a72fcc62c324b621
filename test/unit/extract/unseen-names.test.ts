/**
 * Rules from measuring the extractor on pages it had not seen (vehicle, services and real estate
 * result pages, in Thai, Slovak, German, French, English): Thai shops' display names, names beside
 * a shop's extra numbers, honorifics glued to Thai names, display names that string two scripts
 * together, seller types where a name would be. Each with the cases an adversary would write;
 * all values are synthetic (example.* domains, invented names and numbers).
 */
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { foundAt, nextData } from './found.js';
import { PARTY_WORDS } from '../../../lambdas/collect/extract/embedded.js';
import { SELLER_LABELS_STRONG, SELLER_LABELS_WEAK } from '../../../lambdas/collect/extract/labels.js';
import { agentOfTradeName, plausibleName } from '../../../lambdas/collect/extract/names.js';

const URL_ = 'https://www.trucks.example/search/?q=pickup';
const found = foundAt(URL_, 'TH');

describe('Thai display names: shops are no persons, persons are', () => {
  it.each([
    ['สมชาย รถบรรทุก', 'a name and "truck"'],
    ['บริษัท ทดสอบ จำกัด', 'company ... limited'],
    ['บจ. ทดสอบ', 'Co., Ltd. abbreviated'],
    ['มะลิออโต้คาร์', 'a nickname glued to "auto car"'],
    ['ทดสอบยนต์', 'a trade name ending in "motor"'],
    ['ต้อม ขายรถมือสอง', 'a nickname and "selling used cars"'],
    ['ทดสอบ มอเตอร์กรุ๊ป', '"motor group"'],
    ['เซลล์มะลิ', '"sales" glued to a nickname'],
    ['แอดมิน', '"admin"'],
  ])('rejects %j (%s)', (name) => {
    expect(plausibleName(name, true)).toBe(false);
  });

  it.each([
    ['สมหญิง ใจดี', 'a given name and a surname'],
    ['กุ้ง', 'a nickname whose letters have marks between them'],
    ['มิ้นท์', 'a nickname with a tone mark and a silent letter'],
    ['คุณากร', 'a given name that starts with the letters of "Khun"'],
  ])('accepts %j (%s)', (name) => {
    expect(plausibleName(name, true)).toBe(true);
  });

  it('the NFKC form of "limited" (จํากัด) is a trade word as the composed one is', () => {
    expect(plausibleName('ทดสอบ จํากัด', true)).toBe(false);
  });
});

describe('display names that mix scripts string a name and something else together', () => {
  it.each(['somying jaidee มะลิ', 'Anna ร้าน', 'ต้อม shop', 'Ivan Петров'])('rejects %j', (name) => {
    expect(plausibleName(name, true)).toBe(false);
  });
  it.each(['Anna Berg', 'Иван Петров', 'Γιώργος Παππάς', 'สมหญิง ใจดี', 'José Núñez'])('accepts %j (one script)', (name) => {
    expect(plausibleName(name, true)).toBe(true);
  });
});

describe('a seller type where a name would be', () => {
  it.each(['Trade seller', 'Private seller', 'Verified dealer', 'Privater Anbieter', 'Gewerblicher Händler', 'Particulier vendeur'])(
    'rejects %j',
    (name) => {
      expect(plausibleName(name, true)).toBe(false);
    },
  );
  it.each(['Peter Sellers', 'Anna Dealey', 'Eva Händel'])('accepts %j (a surname, not the role word)', (name) => {
    expect(plausibleName(name, true)).toBe(true);
  });
  it('a seller card whose name element says "Trade seller" gives no name', () => {
    const html = '<main><div class="card__sellerInfo"><span class="card__sellerName">Trade<!-- --> seller</span><span>Leeds</span></div></main>';
    expect(found(html, 'GB', 'name')).toEqual([]);
  });
});

describe('trade words of vehicle and goods shops', () => {
  it.each(['Nordic Trucks', 'somchaitruck', 'Westside Used', 'Acme Company', 'K&L Professional', 'Nok Bike'])('rejects %j', (name) => {
    expect(plausibleName(name, true)).toBe(false);
  });
});

describe('a shop’s list of extra numbers names who answers each', () => {
  const user = {
    displayName: 'ทดสอบ รถบรรทุก',
    mobilePhone: '0812345678',
    shopOtherPhones: [
      { tel: '0812345679', name: 'คุณมะลิ' },
      { tel: '0812345670', name: 'เจ๊ต้อม' },
      { tel: '0812345671', name: 'แอดมิน' },
      { tel: '0812345672', name: 'Office' },
    ],
  };

  it('takes the persons beside the numbers, without their honorifics, and not the shop, "admin" or "Office"', () => {
    const html = nextData({ sections: [{ rows: [{ user }] }] });
    expect(found(html, 'TH', 'name')).toEqual(['name ต้อม', 'name มะลิ']);
  });

  it('reads the numbers of the list as phones', () => {
    const html = nextData({ rows: [{ user }] });
    expect(found(html, 'TH', 'phone')).toEqual(['phone +66812345670', 'phone +66812345671', 'phone +66812345672', 'phone +66812345678', 'phone +66812345679']);
  });

  it.each([
    ['an entry with no number', { otherPhones: [{ name: 'Anna Berg', label: 'home' }] }],
    ['a name beside a number that is not written as one', { otherPhones: [{ name: 'Anna Berg', tel: '' }] }],
    ['a list under the platform’s support desk', { support: { phones: [{ name: 'Anna Berg', tel: '0812345679' }] } }],
  ])('takes no name from %s', (_, data) => {
    expect(found(nextData({ ad: data }), 'TH', 'name')).toEqual([]);
  });

  it('a name beside a number in a list that is no phone list is not read as a person', () => {
    expect(found(nextData({ ad: { branches: [{ name: 'Anna Berg', tel: '0812345679' }] } }), 'TH', 'name')).toEqual([]);
  });
});

describe('what a display name carries around the name', () => {
  it.each([
    ['เฮียเอก', 'เอก', 'an honorific glued to the name'],
    ['คุณ สมหญิง ใจดี', 'สมหญิง ใจดี', 'an honorific before a space'],
    ['นางสาวมะลิ', 'มะลิ', 'a formal title'],
    ['😎มะลิ', 'มะลิ', 'an emoji'],
    ['มะลิ.', 'มะลิ', 'a full stop after a Thai name'],
    ['สมหญิง ใจดี ( ต้อม )', 'สมหญิง ใจดี', 'a nickname in brackets'],
    ['Anna Berg (Annie)', 'anna berg', 'a nickname in brackets, in Latin script'],
  ])('%j is stored as %j (%s)', (raw, want) => {
    expect(found(nextData({ ad: { seller: { name: raw } } }), 'TH', 'name')).toEqual([`name ${want}`]);
  });

  it.each([
    ['คุณากร', 'a given name that starts with the letters of "Khun"'],
    ['Anna B.', 'an initial’s full stop'],
  ])('%j is kept as it is (%s)', (raw) => {
    expect(found(nextData({ ad: { seller: { name: raw } } }), 'TH', 'name')).toEqual([`name ${raw.toLowerCase()}`]);
  });
});

describe('a "member" object is the party that posted the ad', () => {
  it('reads a result card’s member name', () => {
    const html = nextData({ ads: [{ id: 1, member: { name: 'Anna Lind', role: 'private' } }, { id: 2, member: { name: 'มะลิ', role: 'private' } }] });
    expect(found(html, 'TH', 'name')).toEqual(['name anna lind', 'name มะลิ']);
  });
  it('a member typed as a shop gives no name', () => {
    expect(found(nextData({ ads: [{ member: { name: 'Anna Lind', type: 'shop' } }] }), 'TH', 'name')).toEqual([]);
  });
});

describe('a trade name’s element in a seller card is not the seller’s name', () => {
  it.each(['dealer-card__dealershipName', 'seller-company-name', 'dealer__shop_name', 'sellerStoreName', 'agent-agency-name', 'dealer-branchName'])(
    'a card’s element marked %j gives no name',
    (mark) => {
      const html = `<main><div class="dealer-card"><p class="${mark}">Westfield Moorside</p></div></main>`;
      expect(found(html, 'AU', 'name')).toEqual([]);
    },
  );
  it.each(['seller-name', 'dealer-card--contactName', 'agent__name'])('a card’s element marked %j still gives the person', (mark) => {
    const html = `<main><div class="dealer-card seller"><p class="${mark}">Anna Lind</p></div></main>`;
    expect(found(html, 'AU', 'name')).toEqual(['name anna lind']);
  });
});

describe('"Name" as a field label in Central European and Romance languages', () => {
  it.each([
    ['Meno:', 'SK'],
    ['Jméno:', 'CZ'],
    ['Ime:', 'SI'],
    ['Név:', 'HU'],
    ['Naam:', 'NL'],
    ['Nome:', 'IT'],
    ['Nombre:', 'ES'],
  ])('takes the name in the cell after %j (%s)', (label, country) => {
    const html = `<main><table><tr><td>${label}<br><br></td><td><b><span class="name">Juraj Novak</span></b></td></tr><tr><td>Telefón:</td><td>zobraz číslo</td></tr></table></main>`;
    expect(found(html, country, 'name')).toEqual(['name juraj novak']);
  });
  it.each([
    ['a label without its colon, in running text', '<p>Meno Juraj je napísané na dverách.</p>'],
    ['a word that starts like the label', '<p>Menovka: Juraj Novak</p>'],
    ['a button after the label', '<table><tr><td>Meno:</td><td>Zobraziť</td></tr></table>'],
  ])('takes no name from %s', (_, body) => {
    expect(found(`<main>${body}</main>`, 'SK', 'name')).toEqual([]);
  });
});

describe('a name before a number stays on the number’s line', () => {
  it('a link text above a masked number is no name ("Kontakt" three lines above)', () => {
    const html = '<main><div>Kontakt</div><div>Referenz ID 4471</div><div>Firmenwebsite</div><div>004... Nummer anzeigen</div></main>';
    expect(found(html, 'AT', 'name')).toEqual([]);
  });
  it('a name and its number on one line under a phone label is still taken', () => {
    const html = '<main><p>Tel.:</p><p>Theo 0664 555 0142</p></main>';
    expect(found(html, 'AT', 'name')).toEqual(['name theo']);
  });
});

describe('professionals’ profile links on a services directory’s result page', () => {
  const DIR_URL = 'https://attorneys.directory.example/business/springfield/';
  const names = (body: string): string[] =>
    extractFindings(`<main>${body}</main>`, { url: DIR_URL, country: 'US' })
      .filter((f) => f.kind === 'name')
      .map((f) => f.value)
      .sort();
  it.each(['lawyer', 'attorney', 'anwalt', 'avocat', 'notary', 'tutor', 'advisor'])('a card heading that links to a /%s/ profile names that person', (role) => {
    const body = `<h2><a href="https://profiles.directory.example/springfield/${role}/jane-q-doe/0f1e2d3c.html">Jane Doe</a></h2>`;
    expect(names(body)).toEqual(['jane doe']);
  });
  it.each([
    ['a search link', '<a href="/lawyer/search">Find A Lawyer</a>'],
    ['a role’s page', '<a href="/attorneys/business-law">Business Attorneys</a>'],
    ['another site’s profile', '<a href="https://other.example/lawyer/jane-doe">Jane Doe</a>'],
    ['a lower-case link text', '<a href="/lawyer/jane-doe">view profile</a>'],
  ])('takes no name from %s', (_, body) => {
    expect(names(body)).toEqual([]);
  });
});

describe('a surname after an honorific, where the page names the whole person', () => {
  const names = (body: string, country = 'US'): string[] =>
    extractFindings(body, { url: 'https://profiles.directory.example/p/1', country })
      .filter((f) => f.kind === 'name')
      .map((f) => f.value)
      .sort();
  const person = '<script type="application/ld+json">{"@type":"Person","name":"Jane Q. Doe","telephone":"+1 213 555 0142"}</script>';
  it('is that person, not another name', () => {
    expect(names(`${person}<main><p>Ms. Doe focuses her practice on contracts.</p></main>`)).toEqual(['jane q. doe']);
  });
  it('a surname the page gives no one else is kept', () => {
    expect(names(`${person}<main><p>Please ask for Mr. Roe at the front desk.</p></main>`)).toEqual(['jane q. doe', 'roe']);
  });
  it('a first name alone is kept beside a longer name with it (on a result page they are two people)', () => {
    const body = '<main><p>Ida Hagen</p><p>Ida Hagen Online</p><p>Bitte Ida anrufen, 0151 5550142</p><p>Kontakt: Ida</p></main>';
    expect(names(body, 'DE')).toEqual(['ida', 'ida hagen']);
  });
});

describe('phones that are the site’s or no one’s', () => {
  const SITE = 'https://www.cars.example/';
  const phones = (html: string, url = SITE, country = 'GB'): string[] =>
    extractFindings(html, { url, country })
      .filter((f) => f.kind === 'phone')
      .map((f) => f.value)
      .sort();

  it.each(['data-uuid', 'data-hashed-uuid', 'data-listing-id', 'data-session-token', 'data-ts', 'data-cache-key'])(
    'digits in an id attribute (%s) are no phone, however they are grouped',
    (name) => {
      expect(phones(`<main><div ${name}="q7Lm-203.0.113.7.1700000000000">x</div></main>`)).toEqual([]);
    },
  );
  it('a phone in an attribute whose name says nothing is still read', () => {
    expect(phones('<main><div data-info="Ring 020 7946 0018">x</div></main>')).toEqual(['+442079460018']);
  });
  it('a data-phone attribute is still read', () => {
    expect(phones('<main><div data-phone="020 7946 0018">x</div></main>')).toEqual(['+442079460018']);
  });

  const sitePage = (url: string): object => ({
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebPage',
        url,
        about: { '@type': 'Organization', name: 'Cars Example Ltd', contactPoint: { '@type': 'ContactPoint', telephone: '+44 (0)20 7946 0017', contactType: 'customer service' } },
      },
    ],
  });
  const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

  it('the company a site’s own page is about (its customer service line) is no seller', () => {
    expect(phones(ld(sitePage(SITE)))).toEqual([]);
  });
  it('the company an ad’s page is about (a dealer) keeps its phone', () => {
    const url = 'https://www.cars.example/ad/4471';
    expect(phones(ld(sitePage(url)), url)).toEqual(['+442079460017']);
  });
  it('the same JSON-LD carried in a framework’s streamed payload is read by the same rules', () => {
    const payload = (o: object): string => `<script>self.__next_f.push([1,${JSON.stringify(`5:${JSON.stringify(o)}\n`)}])</script>`;
    expect(phones(payload(sitePage(SITE)))).toEqual([]);
    const offer = { '@context': 'https://schema.org', '@type': 'Car', name: 'Example car with a long enough description to be read', offers: { '@type': 'Offer', seller: { '@type': 'Person', name: 'Anna Lind', telephone: '020 7946 0018' } } };
    expect(phones(payload(offer))).toEqual(['+442079460018']);
  });
});

describe('an agent’s own name in a network’s account name', () => {
  it.each([
    ['Anna BERG - Network France', 'Anna BERG'],
    ['brandname - Jean-Luc MARTIN-DURAND', 'Jean-Luc MARTIN-DURAND'],
    ['Eva LIND – N@tw France', 'Eva LIND'],
  ])('%j gives %j', (raw, want) => {
    expect(agentOfTradeName(raw)).toBe(want);
  });
  it.each([
    ['Century 21 - Paris Nation', 'a franchise and its branch'],
    ['Realnet Centre - Lyon 3e', 'a network and its district'],
    ['Anna BERG - Marc DUPONT', 'two agents: which one is not known'],
    ['Anna Berg - Network France', 'a name in title case (as often a place): not taken'],
    ['Auto BERG - Network', 'a trade word in the capitalised form'],
    ['Anna BERG', 'no dash: the name is the account’s, read as such elsewhere'],
    ['Anna BERG-Network', 'an unspaced hyphen joins one name'],
    ['Anna BERG - Network - France', 'three parts'],
  ])('%j gives nothing (%s)', (raw) => {
    expect(agentOfTradeName(raw)).toBeUndefined();
  });

  it('a professional account in page data named "<Person> - <Network>" gives the person, not the account', () => {
    const html = nextData({ ads: [{ owner: { type: 'pro', name: 'Anna BERG - Network France' } }, { owner: { type: 'pro', name: 'Century 21 - Paris Nation' } }] });
    expect(found(html, 'FR', 'name')).toEqual(['name anna berg']);
  });
  it('a dealer in JSON-LD named "<Network> - <Person>" gives the person', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Car', offers: { '@type': 'Offer', seller: { '@type': 'AutoDealer', name: 'brandname - Eva LIND', telephone: '01 23 45 67 89' } } };
    expect(found(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`, 'FR', 'name')).toEqual(['name eva lind']);
  });
});

describe('a seller label’s element glued to the name’s text ("<span>Kontakt</span>Anna Berg")', () => {
  const names = (body: string): string[] => found(`<main>${body}</main>`, 'AT', 'name').map((x) => x.slice(5));
  it.each(['Kontakt', 'Ansprechpartner', 'Verkäufer', 'Name'])('takes the name after a glued %j', (label) => {
    expect(names(`<div><span>${label}</span>Raimund Holler</div>`)).toEqual(['raimund holler']);
  });
  it.each([
    ['a word that goes on from the label', '<div>Kontaktieren Sie uns</div>'],
    ['one capitalised word', '<div><span>Kontakt</span>Formular</div>'],
    ['a UI word among the words', '<div><span>Kontakt</span>Formular Senden</div>'],
    ['a label in capitals', '<div><span>KONTAKT</span>Anna Berg</div>'],
    ['a lower-case word after the label', '<div><span>Kontakt</span>anna berg</div>'],
    ['a label in the middle of a line', '<div>Ihr Kontakt<span>Anna Berg</span></div>'],
  ])('takes no name from %s', (_, body) => {
    expect(names(body)).toEqual([]);
  });
  // The glued element's text is a line apart (dom.ts, pushText): read as the label over its line,
  // the same as with a line break between ("Kontakt" / "Anna Berg und Team Wien" is Anna Berg's).
  it('reads a glued label over more than three words as over its own line', () => {
    expect(names('<div><span>Kontakt</span>Anna Berg Und Team Wien</div>')).toEqual(names('<div>Kontakt<br>Anna Berg Und Team Wien</div>'));
    expect(names('<div><span>Kontakt</span>Anna Berg Und Team Wien</div>')).toEqual(['anna berg']);
  });
});

/** A pattern's alternatives at its top level: an alternation inside a group ("(?:gemäß|nach)") is no label of its own. */
function alternatives(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  out.push(pattern.slice(from));
  return out;
}

describe('every seller label still reads its name (a label that begins another must not hide it)', () => {
  const plain = [...alternatives(SELLER_LABELS_STRONG), ...alternatives(SELLER_LABELS_WEAK)].filter((l) => /^[\p{L} ]+$/u.test(l));
  it('the labels are read off the lists whole', () => {
    expect(plain).toContain('selger');
    expect(plain).toContain('kontaktperson');
    expect(plain).not.toContain('nach');
    expect(plain.length).toBeGreaterThan(100);
  });
  it.each(plain)('"%s: Raimund Holler"', (label) => {
    const capitalised = label.charAt(0).toUpperCase() + label.slice(1);
    expect(found(`<main><p>${capitalised}: Raimund Holler</p></main>`, 'DE', 'name')).toEqual(['name raimund holler']);
  });
});

describe('the seller’s origins are the walker’s own party keys (one list, not two that drift)', () => {
  const emails = (data: unknown): string[] =>
    extractFindings(nextData(data), { url: 'https://www.annonser.example/item/4471', country: 'NO' })
      .filter((f) => f.kind === 'email')
      .map((f) => f.value);
  it.each(PARTY_WORDS)('an address at the site’s own domain under "%s" is the seller’s (kept)', (word) => {
    expect(emails({ ad: { [word]: { email: 'kari@annonser.example' } } })).toEqual(['kari@annonser.example']);
  });
  it('the same address under the platform’s account manager is the platform’s (dropped)', () => {
    expect(emails({ ad: { accountManager: { email: 'kari@annonser.example' } } })).toEqual([]);
  });
});

describe('the platform’s line beside its own address, where no footer mark says so', () => {
  const SITE_URL = 'https://www.market.example/search?q=pickup';
  const phones = (body: string): string[] =>
    extractFindings(`<main>${body}</main>`, { url: SITE_URL, country: 'TH' })
      .filter((f) => f.kind === 'phone')
      .map((f) => f.value);
  const block = (mail: string): string =>
    `<div><a href="tel:025550142"><span>02 555 0142</span></a><a href="mailto:${mail}">${mail}</a></div>`;
  it.each(['cs@market.example', 'help@mail.market.example', 'support@other.example'])('a number on the line of %s is the platform’s', (mail) => {
    expect(phones(block(mail))).toEqual([]);
  });
  it('a number beside a third party’s own address is kept', () => {
    expect(phones(block('anna.lind@mail.example'))).toEqual(['+6625550142']);
  });
  it('a number the seller’s data carries is kept beside the platform’s address', () => {
    const data = `<script type="application/json">${JSON.stringify({ ad: { seller: { name: 'Anna Lind', phone: '025550142' } } })}</script>`;
    expect(phones(`${data}${block('cs@market.example')}`)).toEqual(['+6625550142']);
  });
  it('a number on another line than the platform’s address is kept', () => {
    expect(phones('<p><a href="tel:025550142">02 555 0142</a></p><p>Write to <a href="mailto:cs@market.example">cs@market.example</a></p>')).toEqual(['+6625550142']);
  });
});

describe('a chain’s store nearest the visitor’s or the search’s location is no seller', () => {
  const phones = (data: unknown): string[] =>
    extractFindings(nextData(data), { url: 'https://www.cars.example/search?zip=12345', country: 'US' })
      .filter((f) => f.kind === 'phone')
      .map((f) => f.value)
      .sort();
  const store = { id: 7, name: 'Springfield', phoneNumbers: [{ type: 'Sales', number: '(425) 555-0142' }, { type: 'Service', number: '(425) 555-0143' }] };
  it.each(['location', 'userLocation', 'searchLocation'])('the store under "%s" gives no phone', (key) => {
    expect(phones({ pageContext: { sort: 'price', totalMatches: 12, [key]: { store, nearestStore: store } } })).toEqual([]);
  });
  it('a dealer under an ad’s location (the car’s lot) keeps its phone', () => {
    expect(phones({ ad: { location: { city: 'Springfield', dealer: { name: 'Lot Motors', phone: '(425) 555-0144' } } } })).toEqual(['+14255550144']);
  });
  it('an ad’s own store, beside a location, keeps its phone', () => {
    expect(phones({ ad: { location: { city: 'Springfield' }, store: { name: 'Springfield', phone: '(425) 555-0145' } } })).toEqual(['+14255550145']);
  });
  it('a location’s other fields are still read (a VIN or a plate under it)', () => {
    const found = extractFindings(nextData({ ad: { location: { store, vin: '1HGCM82633A004352' } } }), { url: 'https://www.cars.example/ad/1', country: 'US' });
    expect(found.map((f) => `${f.kind} ${f.value}`)).toEqual(['vin 1HGCM82633A004352']);
  });
});
