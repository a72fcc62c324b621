/**
 * A person's card line, from a fix round on an earlier sealed round's résumé pages: the name then
 * the person's age ("Коваль Олена PRO · 34 роки · Київ"), and a full Russian or Ukrainian name
 * with its patronymic on a line of its own. With what an adversary writes in the same shape: a
 * car's or a building's age, a firm's years on the market, ages no job seeker has, streets named
 * after people. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.jobs.example/resumes/it/', 'UA');
const names = (body: string, country = 'UA'): string[] => found(page(body), country, 'name');

describe('a name, then the age', () => {
  it.each([
    ['<div class="card"><h2>Frontend developer</h2><div><b>Коваль Олена</b> PRO · 34 роки · Київ</div></div>', 'UA', 'name коваль олена'],
    ['<div class="card"><div><b>Петров Глеб</b> VIP · 27 лет · Москва</div></div>', 'RU', 'name петров глеб'],
    ['<p>Anna Berg · 28 years · Oslo</p>', 'NO', 'name anna berg'],
    ['<p>Anna Berg, 45 Jahre</p>', 'DE', 'name anna berg'],
    ['<p>Katarzyna Nowak, 31 lat, Kraków</p>', 'PL', 'name katarzyna nowak'],
  ])('%s', (body, country, want) => {
    expect(names(body, country)).toEqual([want]);
  });
  it.each([
    ['<p>Mercedes Benz · 22 years</p>', 'GB', "a car's make"],
    ['<p>Victoria Park, 25 years</p>', 'GB', 'a park'],
    ['<p>Anna Berg · 12 years</p>', 'GB', 'an age no job seeker has'],
    ['<p>Anna Berg · 104 years</p>', 'GB', 'three digits'],
    ['<p>Nordic Homes AS, 25 years on the market</p>', 'NO', 'a firm'],
    ['<p>Garantie · 10 Jahre</p>', 'DE', 'a warranty'],
    ['<p>Toyota Corolla · 18 years old</p>', 'GB', 'a car no known name opens'],
    ['<p>Anna Berg 28 years</p>', 'GB', 'no separator: a sentence, not a card line'],
  ])('%s (%s): no name', (body, country) => {
    expect(names(body, country)).toEqual([]);
  });
});

describe('a full name with its patronymic on a line of its own', () => {
  it.each([
    ['<h2>Резюме від 30 червня</h2><p>Коваленко Олена Петрівна</p>', 'name коваленко олена петрівна'],
    ['<h2>Резюме</h2><p>Глеб Сергеевич Петров</p>', 'name глеб сергеевич петров'],
    ['<h2>Резюме</h2><p>Мельник Ирина Павловна</p>', 'name мельник ирина павловна'],
  ])('%s', (body, want) => {
    expect(names(body)).toEqual([want]);
  });
  it.each([
    ['<p>Вулиця Тараса Шевченка</p>', 'a street named after a person'],
    ['<p>Глеб Сергеевич</p>', 'two words'],
    ['<p>Коваленко Олена Петрівна, Київ, 34 роки, досвід 5 років</p>', 'more on the line'],
    ['<p>Проспект Героев Сталинграда</p>', 'an avenue'],
    ['<p>Магазин Дом Иванович</p>', "a shop's words around a patronymic-like word"],
  ])('%s (%s): no name', (body) => {
    expect(names(body)).toEqual([]);
  });
});

describe('a Vietnamese full name on a line of its own', () => {
  it.each([
    ['<p>Phạm Thị Thu Yến</p>', 'name phạm thị thu yến'],
    ['<p>0909 481 229</p><p>Võ Quốc Khải</p>', 'name võ quốc khải'],
  ])('%s', (body, want) => {
    expect(names(body, 'VN')).toEqual([want]);
  });
  it.each([
    ['<p>Tỉnh/Thành phố</p><p>Hồ Chí Minh</p>', 'the city'],
    ['<p>Trần Hưng Đạo</p>', 'the commonest street'],
    ['<p>Đường Lê Lợi</p>', 'a street with its word for street'],
    ['<p>Lê Văn Khánh, Quận 3</p>', 'more on the line'],
    ['<p>Nguyễn</p>', 'a family name alone'],
    ['<p>Nguyen Van Khanh</p>', 'a page with no Vietnamese letters'],
  ])('%s (%s): no name', (body) => {
    expect(names(body, 'VN')).toEqual([]);
  });
});

describe('names of other scripts and what firms write beside theirs', () => {
  it("an Azerbaijani name's ə is a letter of the name", () => {
    expect(names('<p>Elçin Həsənli · 34 years · Bakı</p>', 'AZ')).toEqual(['name elçin həsənli']);
  });
  it.each([
    ['<div class="seller-box"><p>Продавач: Кий Естейт</p></div>', 'BG', 'an English trade word transliterated'],
    ['<div class="seller-box"><p>Продавач: Прайм Пропъртис</p></div>', 'BG', 'the same'],
    [
      '<div class="sInfo"><div class="name"><a href="//nord.imot.example">НОРД ИМОТИ</a></div><div class="location">гр. София 1700, Бул. Витоша 12, офис 1, ЕИК 204817395</div></div>',
      'BG',
      "a firm's seat and registration number",
    ],
  ])('%s (%s): no name', (body, country) => {
    expect(names(body, country)).toEqual([]);
  });
});
