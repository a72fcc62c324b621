/**
 * From the fix round on the 64th sealed round (m66a, m66b, m66c: garages', law firms', estate
 * agencies', clinics' and contractors' own sites), general rules with the cases an adversary would
 * bring: a firm's team grid (a name above a partner's, an associate's, a mechanic's title), the
 * unknown names in a grid of known ones, a name and a title set side by side without a space, a
 * founder's card alone; a Japanese company's officers; a small business's own organisation in its
 * schema.org data; a doctor's title only on a line of its own or after a label. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const card = (name: string, title: string, more = ''): string => `<div class="member"><h4>${name}</h4><p>${title}</p>${more ? `<p>${more}</p>` : ''}</div>`;

describe("a firm's team grid", () => {
  const ke = foundAt('https://www.wendell-advocates.example/people', 'KE');
  it.each([
    [card('Lena Marten', 'Senior Partner', 'Tax') + card('Kamal Reilly', 'Associate', 'Employment Law'), ['name kamal reilly', 'name lena marten']],
    [card('Lena Marten', 'Equity Partner') + card('Kamal Reilly', 'Paralegal'), ['name kamal reilly', 'name lena marten']],
  ])('%s', (body, want) => {
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual(want);
  });

  it('a garage\'s staff: the titles of its trades, compounds too', () => {
    const ch = foundAt('https://www.garage-wendell.example/team.html', 'CH');
    const body = card('Lena Marten', 'Kfz-Mechatroniker') + card('Kamal Reilly', 'Auszubildender') + card('Rafael Irfan', 'Werkstattleiter');
    expect(ch(page(`<h1>Unser Team</h1>${body}`), 'CH', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name rafael irfan']);
  });

  it('the names the known names lack, in a grid of four cards or more most of whose names are known', () => {
    const body = ['Lena Marten', 'Kamal Reilly', 'Rafael Irfan', 'Nyokabi Otieno Kamau'].map((n) => card(n, 'Associate')).join('');
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name nyokabi otieno kamau', 'name rafael irfan']);
  });

  it.each([
    // One card alone without a contact.
    [card('Lena Marten', 'Associate')],
    // Makes and departments above a title.
    [card('Mercedes Benz', 'Partner') + card('Harley Davidson', 'Partner')],
  ])('no name from %s', (body) => {
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual([]);
  });

  it('a grid whose names are mostly unknown words vouches for none of them: only the known ones are taken', () => {
    const body = ['Quorra Vexlin', 'Ulmo Quendi', 'Zephyrine Orrax', 'Lena Marten', 'Kamal Reilly'].map((n) => card(n, 'Partner')).join('');
    expect(ke(page(`<h1>People</h1>${body}`), 'KE', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
});

describe('a name and its title side by side, without a space between them', () => {
  const tr = foundAt('https://www.wendell-emlak.example/ekibimiz.html', 'TR');
  const glued = (name: string, title: string): string => `<div class="tcard"><b>${name}</b><span>${title}</span></div>`;
  it('splits where a small letter meets the title\'s capital', () => {
    const body = glued('Lena Marten', 'Gayrimenkul Danışmanı') + glued('Kamal Reilly', 'Emlak Danışmanı');
    expect(tr(page(`<h1>Ekibimiz</h1>${body}`), 'TR', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
  it('not inside a word that only has a capital in it', () => {
    expect(tr(page(`<h1>Ekibimiz</h1>${glued('McKenzie', 'Gayrimenkul Danışmanı')}${glued('DeShawn', 'Gayrimenkul Danışmanı')}`), 'TR', 'name')).toEqual([]);
  });
});

describe("a founder's or an owner's card, alone", () => {
  const ke = foundAt('https://www.wendell-networks.example/about-us', 'KE');
  it.each([
    [card('Lena Marten', 'Founder and Managing Consultant'), ['name lena marten']],
    [card('Kamal Reilly', 'Inhaber'), ['name kamal reilly']],
    // Not a company's history ("Our Story" / "Founder"), nor a make.
    [card('Our Story', 'Founder'), []],
    [card('Mercedes Benz', 'Founder'), []],
  ])('%s', (body, want) => {
    expect(ke(page(`<h1>About us</h1>${body}`), 'KE', 'name')).toEqual(want);
  });
});

describe("a Japanese company's officers", () => {
  const jp = foundAt('https://www.wendell-zouen.example/company.html', 'JP');
  it.each([
    ['<h3>取締役</h3><p>佐藤 花子(代表者)<br>鈴木 一郎（専務取締役）</p>', ['name 佐藤 花子', 'name 鈴木 一郎']],
    ['<dl><dt>代表</dt><dd>代表取締役 山田 太郎</dd></dl>', ['name 山田 太郎']],
    // A place and its role, a post alone, a run of words in brackets that is no post.
    ['<p>東京 本社(所在地)</p><p>代表取締役</p><p>山田 太郎(東京都)</p>', []],
  ])('%s', (body, want) => {
    expect(jp(page(`<h2>会社概要</h2>${body}`), 'JP', 'name')).toEqual(want);
  });
});

describe("a small business's own organisation in its schema.org data", () => {
  const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
  const org = { '@context': 'https://schema.org', '@type': 'Organization', name: 'Wendell Networks', url: 'https://wendell-networks.example/', email: 'mail@wendell-networks.example', telephone: '+254 712 555 014' };
  const own = (head: string): string =>
    `<!doctype html><html><head>${head}</head><body><header><a href="mailto:mail@wendell-networks.example">mail@wendell-networks.example</a></header><main><h1>About us</h1></main></body></html>`;
  const ke = foundAt('https://wendell-networks.example/about-us', 'KE');
  it('on its own site (its own mailbox, no account controls): its number is the business\'s', () => {
    expect(ke(own(ld(org)), 'KE', 'phone')).toEqual(['phone +254712555014']);
  });
  it.each([
    // A marketplace: its account controls say so, and its organisation is the platform.
    [`<!doctype html><html><head>${ld(org)}</head><body><header><a href="mailto:mail@wendell-networks.example">mail@wendell-networks.example</a><a href="/login">Log in</a><a href="/post-ad">Post an ad</a></header><main><h1>Used cars</h1></main></body></html>`],
    // No own mailbox among the signs: nothing says the organisation is the advertiser.
    [`<!doctype html><html><head>${ld(org)}</head><body><main><h1>Used cars</h1></main></body></html>`],
  ])('not otherwise: %#', (html) => {
    expect(ke(html, 'KE', 'phone')).toEqual([]);
  });
});

describe("a doctor's title: on a line of its own or after a label, not inside a sentence", () => {
  const us = foundAt('https://www.marten-dental.example/about', 'US');
  it.each([
    ['<p>Dentist: Dr. Lena Marten</p>', ['name lena marten']],
    ['<p>Continuing education: implant course by Dr. Kamal Reilly</p>', []],
    ['<p>The clinic carries on the legacy of Dr. Kamal Reilly, its founder.</p>', []],
  ])('%s', (body, want) => {
    expect(us(page(`<h1>About</h1>${body}`), 'US', 'name')).toEqual(want);
  });
});
