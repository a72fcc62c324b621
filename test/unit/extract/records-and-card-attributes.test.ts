/**
 * Page data and card attributes, from a fix round on a sealed round's pages (RV, car and estate
 * result pages in the US, Ireland, the UK and Vietnam): phone records with their type, VINs under
 * a maker's serial-number key, numbered and landline phone keys, ad descriptions under longer
 * keys, contact names in card attributes, firms with a branch, Vietnamese labels and kinship
 * terms. Each with the cases an adversary would write; all values are synthetic.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.rvs.example/search?zip=60601', 'US');

describe('a phone record that says what the number is ("3125550142|0|Business|FD")', () => {
  const vehicle = (dealerPhone: string[]) => nextData({ vehicles: [{ vehicle: { id: '5038', dealerPhone } }] });

  it('the number of each record', () => {
    expect(found(vehicle(['3125550142|0|Business|FD', '8005550199|0|Toll Free|CS']), 'US', 'phone')).toEqual(['phone +13125550142', 'phone +18005550199']);
  });
  it.each([['3125550143|0|Fax|FX'], ['3125550143|0|FAX|']])("%j (a fax line): the dealer's number too", (record) => {
    expect(found(vehicle(['3125550142|0|Business|FD', record]), 'US', 'phone')).toEqual(['phone +13125550142', 'phone +13125550143']);
  });
  it.each([
    ['3125550143|0|Twilio SMS|TWG', 'a text-message gateway'],
    ['3125550143|0|sms|', 'text messages only'],
  ])('%j (%s): not a phone', (record) => {
    expect(found(vehicle(['3125550142|0|Business|FD', record]), 'US', 'phone')).toEqual(['phone +13125550142']);
  });
  it('a number one record says is an SMS gateway is dropped where another record gives no type', () => {
    expect(found(vehicle(['3125550142|0|Business|FD', '3125550143|0|Twilio SMS|TWG', '3125550143|0||TWG']), 'US', 'phone')).toEqual(['phone +13125550142']);
  });
  it('a record of ids and codes with no number gives nothing', () => {
    expect(found(vehicle(['5038|1|2|3', 'A|B|C']), 'US', 'phone')).toEqual([]);
  });
});

describe("a maker's serial number key holds the VIN", () => {
  it.each([['mfrSerialNum'], ['serialNumber'], ['manufacturer_serial_number']])('%s', (key) => {
    expect(found(nextData({ vehicle: { [key]: '1FTFW1ET9DFC10312' } }), 'US', 'vin')).toEqual(['vin 1FTFW1ET9DFC10312']);
  });
  it.each([
    ['SN-20394857', 'a serial number of another shape'],
    ['1FTFW1ET9DFC1031', 'one character short'],
    ['1FTFW1ET9DFC10312X', 'one character long'],
  ])('%j (%s): no VIN', (value) => {
    expect(found(nextData({ item: { serialNumber: value } }), 'US', 'vin')).toEqual([]);
  });
});

describe('numbered and landline phone keys of a dealer object', () => {
  it.each([['telephoneOne'], ['telephoneTwo'], ['landTelephone'], ['mobileTelephone'], ['phone2'], ['homePhone']])('%s', (key) => {
    expect(found(nextData({ dealer: { name: 'Glen Motors', [key]: '(01) 697 4812' } }), 'IE', 'phone')).toEqual(['phone +35316974812']);
  });
  it.each([['telephoneCount'], ['phoneVerified'], ['telephoneOneLabel']])('%s: not a number key', (key) => {
    expect(found(nextData({ dealer: { name: 'Glen Motors', [key]: '(01) 697 4812' } }), 'IE', 'phone')).toEqual([]);
  });
});

describe("an ad's description under a longer key is read as the ad's text", () => {
  it.each([['advertDescription'], ['listingDescription'], ['vehicleDescription'], ['fullDescriptionHtml'], ['adText']])('%s', (key) => {
    const html = nextData({ adverts: [{ id: 1, [key]: 'QUALITY CAR FROM GLEN MOTORS\r\nCALL 087-481-2297 FOR MORE INFO' }] });
    expect(found(html, 'IE', 'phone')).toEqual(['phone +353874812297']);
  });
  it('a bare "text" key (a UI string) is not an ad', () => {
    expect(found(nextData({ footer2: { text: 'Questions? Call us on 087-481-2297' } }), 'IE', 'phone')).toEqual([]);
  });
});

describe("a card's contact-name attribute", () => {
  const card = (attrs: string) => page(`<div class="card" ${attrs}><h3>2 bed flat</h3></div>`);

  it.each([
    ['data-contactname="Phạm Quốc Khải"', 'name phạm quốc khải'],
    ['data-contact-name="Anna Berg"', 'name anna berg'],
    ['data-agentname="Anna Berg"', 'name anna berg'],
    ['data-contact-person="Anna Berg"', 'name anna berg'],
    ['data-contactname="Anh Khoa"', 'name khoa'],
    ['data-contactname="chị Lan"', 'name lan'],
  ])('%s', (attrs, want) => {
    expect(found(card(attrs), 'VN', 'name')).toEqual([want]);
  });
  it.each([
    ['data-contactname="Hotline"'],
    ['data-contactname="Phòng Kinh Doanh"'],
    ['data-contactname="Căn Hộ Giá Rẻ"'],
    ['data-contactname="0909 481 229"'],
    ['data-contactname="https://agent.example/anna"'],
    ['data-username-label="Anna Berg"'],
  ])('%s: no name', (attrs) => {
    expect(found(card(attrs), 'VN', 'name')).toEqual([]);
  });
  it("the number beside it, in a run-together attribute name", () => {
    expect(found(card('data-contactmobile="0909481229"'), 'VN', 'phone')).toEqual(['phone +84909481229']);
  });
});

describe('a firm with its branch, or "& Co", in a seller box is no person', () => {
  const box = (text: string) => page(`<h1>3 bed house</h1><div class="agent-info"><p>Marketed by ${text}</p></div>`);
  it.each([['Paul Harte - Kingsbury'], ['Birch & Co - Redditch'], ['Alder & Co'], ['Harte and Co.']])('%j', (text) => {
    expect(found(box(text), 'GB', 'name')).toEqual([]);
  });
  it("still takes an agent's own name in a network's account (\"Anna BERG - Network France\")", () => {
    expect(found(nextData({ ad: { agency: { name: 'Anna BERG - Network France' } } }), 'FR', 'name')).toEqual(['name anna berg']);
  });
});

describe('"Call For Price" is no contact verb and a name', () => {
  it.each([['Call For Price'], ['Call for price'], ['Call For Prices Today']])('%j', (text) => {
    expect(found(page(`<div class="card"><h3>2019 Ford F-150</h3><p>${text}</p></div>`), 'US', 'name')).toEqual([]);
  });
});

describe('Vietnamese seller labels and letters', () => {
  it.each([
    ['Người đăng: Đỗ Quốc Khang', 'name đỗ quốc khang'],
    ['Tên liên lạc<br>Võ Hữu Khoa', 'name võ hữu khoa'],
    ['Người liên hệ: Hồ Thị Yến', 'name hồ thị yến'],
  ])('%j', (text, want) => {
    expect(found(page(`<h1>Cho thuê căn hộ</h1><div>${text}</div>`), 'VN', 'name')).toEqual([want]);
  });
  it('a name after an honorific keeps its letters of the Latin Extended Additional block ("Mr. Khải", not "Kh")', () => {
    expect(found(page('<h1>Cho thuê căn hộ</h1><p>Liên hệ Mr. Khải Võ để xem nhà.</p>'), 'VN', 'name')).not.toContain('name kh');
  });
});

describe("what a seller box's name slots hold that is no person", () => {
  const box = (inner: string, country = 'FR') =>
    found(page(`<h1>BMW Série 5</h1><div class="seller-box">${inner}</div>`), country, 'name');
  it.each([
    ['<a href="/recherche?ville=carcassonne"><span class="num-dep">11</span><span class="nom-dep">Aude</span></a>', "a département's name (nom-dep)"],
    ['<span class="nom_ville">Florence</span>', "a town's name"],
    ['<label>Full Name*</label><div class="seller-name error">Enter a valid Full Name</div>', "a contact form's error"],
    ['<div class="seller-name">Birch-Hale M&A Advisors</div>', "an advisory firm"],
  ])('%s (%s)', (inner) => {
    expect(box(inner)).toEqual([]);
  });
  it("still takes the seller's name in the same box", () => {
    expect(box('<span class="num-dep">11</span><span class="nom-dep">Aude</span><div class="seller-name">Gaspard Marchand</div>')).toEqual(['name gaspard marchand']);
  });
});

describe("Nuxt 2's state built by a function: the returned object's variables are its arguments", () => {
  const nuxt = (fn: string) => page(`<h1>Carros</h1><script>window.__NUXT__=${fn};</script>`);
  it('a seller name and number passed as arguments', () => {
    const html = nuxt('(function(a,b,c){return {layout:"default",data:[{ads:[{title:"Gol",seller:{name:b,phone:c}}]}]}}(1,"Marta Ibarra","(41) 98765-4321"))');
    expect(found(html, 'BR')).toEqual(['name marta ibarra', 'phone +5541987654321']);
  });
  it('with statements before the return, a call and a nested list among the arguments, and "})(" closing', () => {
    const html = nuxt('(function(a,b,c,d){a.x=1;return {state:{list:[{seller:{name:c,phone:d}}]}}})(Array(2),[1,"x"],"Marta Ibarra","(41) 98765-4321")');
    expect(found(html, 'BR')).toEqual(['name marta ibarra', 'phone +5541987654321']);
  });
  it('an argument that is itself a variable stays unknown', () => {
    expect(found(nuxt('(function(a){return {seller:{phone:a}}}(someGlobal))'), 'BR', 'phone')).toEqual([]);
  });
  it('more parameters than arguments: the rest stay unknown', () => {
    expect(found(nuxt('(function(a,b){return {seller:{name:a,phone:b}}}("Marta Ibarra"))'), 'BR')).toEqual(['name marta ibarra']);
  });
});

describe("the ad's poster's fields named in Portuguese, Spanish, Italian and French", () => {
  it.each([
    [{ usuario_nome: 'Marta Ibarra', usuario_telefone: '(41) 98765-4321', usuario_celular: '(41) 3271-5566' }, 'BR', ['name marta ibarra', 'phone +554132715566', 'phone +5541987654321']],
    [{ vendedor_nombre: 'Lucía Ortega', vendedor_telefono: '612 52 93 04' }, 'ES', ['name lucía ortega', 'phone +34612529304']],
    [{ venditore_nome: 'Marco Greco', venditore_cellulare: '312 790 0065' }, 'IT', ['name marco greco', 'phone +393127900065']],
  ])('%j', (ad, country, want) => {
    expect(found(nextData({ ads: [ad] }), country)).toEqual(want);
  });
  it.each([
    [{ usuario_nome: 'Primavera Veículos' }, 'a dealer'],
    [{ vendedor_nombre: 'Xk' }, 'too short'],
    [{ usuario_nome: 'Zorbu' }, 'one unknown word (a handle)'],
  ])('%j (%s): no name', (ad, _what) => {
    expect(found(nextData({ ads: [ad] }), 'BR', 'name')).toEqual([]);
  });
});
