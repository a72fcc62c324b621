/**
 * From the 94th sealed round: a log-in dialog's heading read as a nickname's label, the owner's
 * "Inh." before a name, a name written twice over, a card's text cutting a name its data gives
 * whole, a card that is one link to its member's page, and a branch's name in page data. Every
 * name, number and domain here is invented (wendell-* domains, 555 numbers).
 */
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../lambdas/shared/normalise/name.js';
import { foundAt, nextData } from './found.js';

describe("a nickname's label without a colon", () => {
  const shop = foundAt('https://www.wendell-kaffee.example/kaffee/kolumbien/', 'DE');

  it('is no label in a heading or over a button: "Login oder Registrierung", "Login" / "Neues Konto erstellen"', () => {
    const html =
      '<!doctype html><html><body><main><h1>Kolumbien</h1><p>Unser Kaffee aus Kolumbien.</p>' +
      '<h4>Login oder Registrierung</h4><button>Login</button><button>Neues Konto erstellen</button></main></body></html>';
    expect(shop(html, 'DE', 'nickname')).toEqual([]);
  });

  it("keeps a field's label over its value, and a label with a colon before the handle", () => {
    const html =
      '<!doctype html><html><body><main><h1>Profil</h1><dl><dt>Benutzername</dt><dd>wendell_77</dd></dl><p>Nick: kamal.r (seit 2015)</p></main></body></html>';
    expect(shop(html, 'DE', 'nickname')).toEqual(['nickname kamal.r', 'nickname wendell_77']);
  });
});

describe('the owner after "Inh." or "Inhaber"', () => {
  const shop = foundAt('https://www.wendell-kaffee.example/kaffee/kolumbien/', 'DE');
  it.each([
    ['Inh. Lena Marten', 'name lena marten'],
    ['Inhaberin: Anna Berg', 'name anna berg'],
    ['Inhaber Kamal Reilly', 'name kamal reilly'],
  ])('%s', (line, want) => {
    const html = `<!doctype html><html><body><main><h1>Kolumbien</h1><p>Unser Kaffee aus Kolumbien.</p><div class="panel"><b>Wendell Kaffee Berlin</b><br>${line}<hr></div></main></body></html>`;
    expect(shop(html, 'DE', 'name')).toEqual([want]);
  });

  it("does not make the shop's name over it a person's: the line names its own", () => {
    const html =
      '<!doctype html><html><body><main><h1>Kolumbien</h1><p>Unser Kaffee aus Kolumbien.</p><div class="panel"><b>Wendell Kaffee Berlin</b><br>Inhaber Kamal Reilly<hr></div></main></body></html>';
    expect(shop(html, 'DE', 'name')).toEqual(['name kamal reilly']);
  });
});

describe('a name written twice over', () => {
  it('is the name once', () => {
    expect(normaliseName('Kamal Reilly Kamal Reilly')).toBe('kamal reilly');
    expect(normaliseName('Lena Marten Lena Marten')).toBe('lena marten');
  });

  it('is not cut where the halves differ', () => {
    expect(normaliseName('Lena Marten Lena Berg')).toBe('lena marten lena berg');
    expect(normaliseName('Anna Anna')).toBe('anna anna');
  });
});

describe("a card's text that cuts a name its data gives whole", () => {
  const list = foundAt('https://www.wendell-homes.example/flats-for-sale-in-wendell', 'IN');
  const ld = (name: string): string =>
    `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Offer', seller: { '@type': 'Person', name } })}</script>`;

  it('keeps the fuller name only: "Owner: Kamal Reilly wendt" in the text, "Kamal Reilly Wendt" in the data', () => {
    const html = `<!doctype html><html><head>${ld('Kamal Reilly Wendt')}</head><body><main><h1>2 BHK Flat</h1><div class="card"><p>Owner: Kamal Reilly wendt</p><p>Price 45 Lac</p></div></main></body></html>`;
    expect(list(html, 'IN', 'name')).toEqual(['name kamal reilly wendt']);
  });

  it("keeps two names of the page's data, one longer by a word: two sellers", () => {
    const html = `<!doctype html><html><head>${nextData({ listings: [{ seller: { contactName: 'Hanna Novak' } }, { seller: { contactName: 'Hanna Novak Kowal' } }] })}</head><body><main><h1>Flats</h1></main></body></html>`;
    expect(list(html, 'IN', 'name')).toEqual(['name hanna novak', 'name hanna novak kowal']);
  });
});

describe("a card that is one link to its member's page", () => {
  const directory = foundAt('https://www.wendell-homes.example/professionals/real-estate-agent-reviews/boston-ma/', 'US');
  const card = (slug: string, title: string): string =>
    `<a href="https://www.wendell-homes.example/profile/${slug}" class="card"><div><span class="tag">TEAM</span><span>4.8</span><span>(214)</span></div>` +
    `<h2>${title}</h2><span>Wendell Properties LLC.</span><p>$120K - $2.1M sales range</p></a>`;

  it('gives the name its address spells, under a badge and a rating', () => {
    const html = `<!doctype html><html><body><main><h1>Real Estate Agents in Boston, MA</h1>${card('Lena-Marten', 'Lena Marten')}</main></body></html>`;
    expect(directory(html, 'US', 'name')).toEqual(['name lena marten']);
  });

  it("gives the name before its team's", () => {
    const html = `<!doctype html><html><body><main><h1>Real Estate Agents in Boston, MA</h1>${card('Kamal-Reilly', 'Kamal Reilly and The Reilly Agency')}</main></body></html>`;
    expect(directory(html, 'US', 'name')).toEqual(['name kamal reilly']);
  });

  it('gives no name where no line is the one its address spells', () => {
    const html = `<!doctype html><html><body><main><h1>Real Estate Agents in Boston, MA</h1>${card('Lena-Marten', 'Wendell Team')}</main></body></html>`;
    expect(directory(html, 'US', 'name')).toEqual([]);
  });
});

describe("a branch's name in page data", () => {
  it('is a trade name, not a person printed under the agent', () => {
    const ad = foundAt('https://www.wendell-lets.example/to-let/wendell-house-galway/4711', 'IE');
    const html =
      `<!doctype html><html><head>${nextData({ listing: { seller: { name: 'Wendell House - Lena Marten', branch: 'Morgan Wendt', phone: '091 555 0193' } } })}</head>` +
      '<body><main><h1>Wendell House, Galway</h1><div class="agent"><p class="name">Wendell House - Lena Marten</p><p class="sub">Morgan Wendt</p><p>Property Owner</p><p>091 555 0193</p></div></main></body></html>';
    expect(ad(html, 'IE', 'name')).toEqual([]);
  });
});

describe("a dealer's employees that its reviews tag", () => {
  const dealer = foundAt('https://www.wendell-ratings.example/dealers/wendell-motors-1/', 'US');
  const review = (tag: string): string =>
    `<div class="review-entry"><p class="review-content">Great service, fair price.</p><p>by Wendell Customer</p><div class="employees-wrapper"><div class="small-text">Staff on this visit</div>${tag}</div></div>`;
  const page = (tags: string): string => `<!doctype html><html><body><main><h1>Wendell Motors: reviews</h1>${review(tags)}</main></body></html>`;

  it("gives the tagged employees' names, each spelled by its link's address", () => {
    const tags =
      '<div class="staff-card"><a class="employee-tag" href="/staff/Lena-Marten-1201/">Lena Marten</a><span>4.0</span></div>' +
      '<div class="staff-card"><a class="employee-tag" href="/staff/Kamal-Reilly-1202/">Kamal Reilly</a><span>4.5</span></div>';
    expect(dealer(page(tags), 'US', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });

  it("gives no reviewer's name, and no employee's link whose address does not spell the name", () => {
    const tags =
      '<div class="review-author"><a href="/consumer/Anna-Berg-1234/">Anna Berg</a></div>' +
      '<div class="staff-card"><a class="employee-tag" href="/staff/1202/">Kamal Reilly</a></div>';
    expect(dealer(page(tags), 'US', 'name')).toEqual([]);
  });
});
