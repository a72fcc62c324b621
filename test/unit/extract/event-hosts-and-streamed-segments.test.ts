/**
 * The 30th sealed round, found after its scoring: an event site names its hosts in the page data
 * ("hosts": [{"__typename": "EventHost", "name": …}]) and, shortened to the surname's initial, in
 * its text ("Hosted By Marta Q. and 2 others"); a Next.js site streams its event list into a
 * `<div hidden id="S:1">` that a script shows at once; a car marketplace's result page names its
 * private sellers by the short forms of their names ("Оля", "Дима").
 * Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.events.example/valencia-py/events/4812/', 'ES');
const names = (html: string) => found(html, 'ES', 'name');

describe("an event's hosts in the page data", () => {
  it('reads "hosts" and "host" objects as the parties of the page', () => {
    const data = nextData({ event: { title: 'Python night', hosts: [{ __typename: 'EventHost', id: '2161', name: 'Marta Quintanilla Ferrer' }, { __typename: 'EventHost', id: '1934', name: 'Adolfo' }], host: { __typename: 'EventHost', id: '2161', name: 'Marta Quintanilla Ferrer' } } });
    expect(names(page(`<h1>Python night</h1>${data}`))).toEqual(['name adolfo', 'name marta quintanilla ferrer']);
  });

  it.each([
    ['a server\'s host name', { app: { host: 'www.events.example', port: 443 } }],
    ['a letting business as host', { listing: { host: { name: 'Seaview Lets Ltd' } } }],
    ['a host in the site\'s configuration', { config: { host: { name: 'Lena Roth' } } }],
    ['a host one word nobody is known to bear', { event: { hosts: [{ name: 'Pyvalencia' }] } }],
  ])('reads no name from %s', (_what, props) => {
    expect(names(page(`<h1>Python night</h1>${nextData(props)}`))).toEqual([]);
  });
});

describe('a name shortened to its initial beside the full one', () => {
  const data = nextData({ event: { hosts: [{ name: 'Ramiro Hortal Vidal' }] } });
  it('keeps the full name once', () => {
    expect(names(page(`<div>Hosted By</div><div><span>Ramiro H. and 2 others</span></div>${data}`))).toEqual(['name ramiro hortal vidal']);
  });
  it('keeps a shortened name whose full one is not on the page', () => {
    expect(names(page(`<div>Hosted By</div><div><span>Marta Q. and 2 others</span></div>${data}`))).toEqual(['name marta q.', 'name ramiro hortal vidal']);
  });
});

describe("React's streamed segments are read as the visible page", () => {
  const segment = (id: string) => `<div hidden id="${id}"><ul><li><p>Organiser: Kagura Promotions</p><p>050-3846-2917</p></li></ul></div><script>$RC("B:1","${id}")</script>`;
  const phones = (body: string) => foundAt('https://www.arena.example/events', 'JP')(page(body), 'JP', 'phone');
  it.each([['S:1'], ['S:1f']])('<div hidden id="%s">', (id) => {
    expect(phones(`<h1>Events</h1><template id="B:1"></template>${segment(id)}`)).toEqual(['phone +815038462917']);
  });
  it.each([
    ['hidden, no id', `<div hidden><p>050-3846-2917</p></div>`],
    ['hidden, another id', `<div hidden id="staff-lines"><p>050-3846-2917</p></div>`],
    ['hidden, an id that is no segment', `<div hidden id="S:row"><p>050-3846-2917</p></div>`],
    ['a segment hidden by its style as well', `<div hidden id="S:1" style="display:none"><p>050-3846-2917</p></div>`],
  ])('still hides %s', (_what, body) => {
    expect(phones(`<h1>Events</h1>${body}`)).toEqual([]);
  });
});

describe('East Slavic short forms as private sellers\' names', () => {
  const cars = foundAt('https://cars.market.example/filter?brands[0]=1', 'BY');
  const sellers = (list: string[]) => cars(page(`<h1>Skoda</h1>${nextData({ initialState: { adverts: list.map((sellerName, i) => ({ id: 100 + i, sellerName, price: 9800 })) } })}`), 'BY', 'name');
  it('reads the short forms', () => {
    expect(sellers(['Оля', 'Дима', 'Саша', 'Алекс'])).toEqual(['name алекс', 'name дима', 'name оля', 'name саша']);
  });
  it('not the words left out of the list', () => {
    expect(sellers(['Поля', 'Тема', 'Мила'])).toEqual([]);
  });
});
