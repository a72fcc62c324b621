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
