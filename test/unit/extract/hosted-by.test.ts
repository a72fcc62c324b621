/**
 * Holiday lets name their host as "Hosted by Ingrid" beside the host's photo (the 29th sealed
 * round's holiday-let pages, found after its scoring). "Hosted by" is a seller label like "Sold by".
 * Every page, name and number here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.lets.example/rooms/4812', 'GB');
const names = (body: string) => found(page(body), 'GB', 'name');

describe('"Hosted by" before the host', () => {
  it.each([
    ['a first name in a link to the host', `<div class="host-info"><a href="/users/show/45280" rel="nofollow"><span><span>Hosted by Ingrid</span></span></a></div><div>Edinburgh, United Kingdom · Joined in 2015</div>`, ['name ingrid']],
    ['a full name in a heading', `<h2><span>Hosted by Ingrid Halvorsen</span></h2><p>Response rate: 100%</p>`, ['name ingrid halvorsen']],
  ])('%s', (_what, body, want) => {
    expect(names(body)).toEqual(want);
  });
});

describe('what "Hosted by" must not make a name', () => {
  it.each([
    ['a letting business', `<h2>Hosted by Seaview Lets Ltd</h2>`],
    ['the visitor', `<h2>Hosted by you</h2>`],
    ['a web host in the footer', `<p>Rooms near the sea.</p></main><footer><p>Website hosted by Hetzner Online</p></footer><main>`],
    ["the site's template string in its script", `<script>window.t = {"hosted_by":"Hosted by %{host_name}"};</script>`],
  ])('%s', (_what, body) => {
    expect(names(body)).toEqual([]);
  });
});
