/**
 * Phone labels of languages the vocabulary lacked: Dutch "Telefoon" / "Mobiel", the Spanish,
 * Italian and Portuguese verbs for "call", and the Japanese, Chinese and Korean words for
 * telephone and mobile. A bare run of digits ("612529304", or a national number without its
 * trunk 0) is what ids and prices look like, and is a phone only after a label.
 * Written with what an adversary (a page) brings instead: the same runs after id and price
 * words of those languages, and words that merely contain a label. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/ad/4242', 'ES');
const phones = (text: string, country: string): string[] => found(page(`<p>${text}</p>`), country, 'phone');

describe('a bare number after a label of these languages', () => {
  it.each([
    ['ES', 'Llamar al 612529304', 'phone +34612529304'],
    ['ES', 'Llámenos: 612529304', 'phone +34612529304'],
    ['IT', 'Chiamare 3127900065', 'phone +393127900065'],
    ['PT', 'Ligue 912263964', 'phone +351912263964'],
    ['NL', 'Telefoon: 206241736', 'phone +31206241736'],
    ['NL', 'Mobiel 612485930', 'phone +31612485930'],
    ['CN', '手机: 13161787888', 'phone +8613161787888'],
    ['TW', '電話：912345870', 'phone +886912345870'],
    ['KR', '전화번호: 1024648534', 'phone +821024648534'],
    ['JP', '携帯 9013743402', 'phone +819013743402'],
  ])('%s %s', (country, text, want) => {
    expect(phones(text, country)).toEqual([want]);
  });
});

describe('the same runs where no label says phone', () => {
  it.each([
    ['ES', 'Referencia 612529304'],
    ['ES', 'Precio 612529304'],
    ['ES', 'Liga 612529304'],
    ['IT', 'Codice 3127900065'],
    ['PT', 'Ligação ao código 912263964'],
    ['CN', '编号 13161787888'],
  ])('%s %s', (country, text) => {
    expect(phones(text, country)).toEqual([]);
  });

  it('an id label after the new label word wins', () => {
    expect(phones('Llamar al agente, Ref. 612529304', 'ES')).toEqual([]);
  });
});

describe('a messenger account given as the number it is registered to', () => {
  it.each([
    ['CN', '微信号: 13924685107', 'phone +8613924685107'],
    ['CN', '微信 13924685107', 'phone +8613924685107'],
    ['CN', 'WeChat: 13924685107', 'phone +8613924685107'],
    ['TH', 'Line ID: 0892746351', 'phone +66892746351'],
    ['KR', '카카오톡 01046825193', 'phone +821046825193'],
  ])('%s %s', (country, text, want) => {
    expect(phones(text, country)).toEqual([want]);
  });
  it.each([
    ['CN', '微信: xiaoming_88'],
    ['CN', '微信号: 20240613'],
    ['TH', 'Line: 2 bedrooms, 80 sqm'],
    ['GB', 'Timeline 2019 2020 2021'],
    ['CN', '微信支付 ¥ 13800'],
  ])('%s %s: no phone', (country, text) => {
    expect(phones(text, country)).toEqual([]);
  });
});

describe('a street named a ring is no "ring" (call)', () => {
  it('leaves a house number and a postcode after it alone', () => {
    expect(phones('Mittlerer Ring 30 / 80807 München', 'DE')).toEqual([]);
    expect(phones('Innerer Ring 89 / 80331 München', 'DE')).toEqual([]);
    expect(phones('Kaiser-Wilhelm-Ring 21 / 50667 Köln', 'DE')).toEqual([]);
  });

  it('still reads the verb before a number', () => {
    expect(phones('Ring 412 83 920 etter kl. 17', 'NO')).toEqual(['phone +4741283920']);
    expect(phones('Interessert? Ring 41283920', 'NO')).toEqual(['phone +4741283920']);
    expect(phones('Bilen står hos Per. Ring 41283920', 'NO')).toEqual(['phone +4741283920']);
  });
});
