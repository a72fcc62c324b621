/**
 * Names in scripts without capital letters (Arabic, Hebrew, Thai, Devanagari; Georgian writes
 * names in small letters): the layout's "every word capitalised" test could never hold for them,
 * so a profile link's or an avatar's name in those scripts was never read. Written with what an
 * adversary (a page) puts in the same places: UI text, a shop's name and a handle in those
 * scripts. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { plausibleName } from '../../../lambdas/collect/extract/names.js';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.market.example/projects/4242', 'SA');
const profileLink = (text: string): string => page(`<div class="project"><h1>Logo design</h1><a href="/user/4242">${text}</a></div>`);
const avatar = (alt: string): string => page(`<div class="seller"><img class="avatar" src="/u/1.jpg" alt="${alt}"></div>`);

describe('a name in a caseless script where the layout gives it', () => {
  it.each([
    ['Arabic', 'محمد الأحمد', 'SA'],
    ['Hebrew', 'דוד כהן', 'IL'],
    ['Georgian', 'გიორგი ბერიძე', 'GE'],
  ])('%s in a profile link is read', (_, name, country) => {
    expect(found(profileLink(name), country, 'name')).toEqual([`name ${name}`]);
  });

  it('Arabic as an avatar’s alt text is read', () => {
    expect(found(avatar('محمد الأحمد'), 'SA', 'name')).toEqual(['name محمد الأحمد']);
  });

  it.each([
    ['Arabic UI text', 'عرض الملف الشخصي', 'SA'],
    ['Hebrew UI text', 'צור קשר', 'IL'],
    ['a Thai shop', 'ร้านรถมือสอง', 'TH'],
  ])('%s in the same place is no name', (_, text, country) => {
    expect(found(profileLink(text), country, 'name')).toEqual([]);
  });

  it('CJK runs are still not taken for capitalised words (their names are told by their characters)', () => {
    expect(plausibleName('查看资料')).toBe(false);
  });
});
