/**
 * From the 57th sealed round (found after its scoring): an agency's result page whose cards title
 * each agent's avatar link "Свържи се с отговорния брокер <name> / <rank>" (contact the responsible
 * broker) and print the name nowhere else. A title naming the agent after their role gives the
 * name when it opens with a known given name or ends as East and South Slavic family names do
 * (faker has no Bulgarian locale). Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const avatar = (title: string): string =>
  `<div class="offer"><h3>Тристаен апартамент, София</h3><p>185 000 €</p><a class="offer-agent-form" href="#contact" title="${title}"><img src="/agent.jpg" alt=""></a></div>`;

describe('an agent named in an avatar\'s title', () => {
  const found = foundAt('https://www.imoti-agency.example/bg/obiavi', 'BG');

  it.each([
    ['a Bulgarian broker with a rank', 'Свържи се с отговорния брокер Велислава Стоянова / Старши брокер', 'name велислава стоянова'],
    ['a surname in -ов', 'Свържи се с отговорния брокер Радослав Петков', 'name радослав петков'],
    ['a known given name', 'Свържи се с отговорния брокер Мария Бъчварска / Брокер на месеца', 'name мария бъчварска'],
    ['English', 'Contact agent Jane Roe', 'name jane roe'],
  ])('%s', (_what, title, name) => {
    expect(found(page(avatar(title)), 'BG', 'name')).toEqual([name]);
  });

  it.each([
    ['an agency', 'Свържи се с брокер Имоти Запад / Офис София'],
    ['a role alone', 'Свържи се с отговорния брокер'],
    ['a name in a sentence', 'Брокер Мария Стоянова ще ви се обади скоро'],
    ['a Latin name of no known given name', 'Contact agent Prime Estates'],
  ])('no name: %s', (_what, title) => {
    expect(found(page(avatar(title)), 'BG', 'name')).toEqual([]);
  });
});
