/**
 * The commonest Chinese family names in Taiwan and Hong Kong, in traditional characters, that
 * faker's lists miss: a result page's cards name each advertiser by their role, family name and
 * title ("仲介<family name>先生", agent Mr …; "屋主<family name>小姐", owner Ms …), and the card
 * was dropped when the family name was unknown. The cases an adversary would bring: the same
 * characters in words that are no one's name, and a title after an unknown character. All values
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { isFamilyName } from '../../../lambdas/collect/extract/given-names.js';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-house.example/zu?region=8', 'TW');
const card = (role: string): string =>
  `<!doctype html><html><body><main><h1>台中市房屋出租</h1><div class="item"><a href="/41">電梯套房 近捷運</a><div class="owner"><span>${role}</span><span class="when">3天前更新</span></div></div></main></body></html>`;

describe('Taiwanese family names', () => {
  it.each(['莊', '簡', '鍾', '詹', '顏', '柯', '翁', '卓', '藍', '紀', '連', '張簡', '范姜'])('%s is known', (name) => {
    expect(isFamilyName(name)).toBe(true);
  });

  it.each([
    ['仲介莊先生', 'name 莊先生'],
    ['屋主顏小姐', 'name 顏小姐'],
    ['代理人張簡先生', 'name 張簡先生'],
  ])('%s names its advertiser', (role, want) => {
    expect(found(card(role), 'TW', 'name')).toEqual([want]);
  });

  it.each(['簡約風格', '藍天白雲', '古典裝潢', '仲介服務費'])('%s is no one', (words) => {
    expect(found(card(words), 'TW', 'name')).toEqual([]);
  });
});
