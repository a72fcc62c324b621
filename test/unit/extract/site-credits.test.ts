/**
 * A site's credits name its makers with a link to their mailbox ("created by …, programming by
 * <a href="mailto:…">…</a>" under a motorcycle marketplace's result page, the 30th sealed round,
 * found after its scoring): the address is the site maker's, not a seller's. A seller's mailbox
 * after "sold by", "hosted by", "contact" or "by" alone is still read.
 * Every page, name and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.moto.example/list?page=2', 'UA');
const emails = (body: string) => found(page(body), 'UA', 'email');

describe("a site maker's mailbox in the credits is not read", () => {
  it.each([
    ['"programming by" in a copyright line (the page that showed it)', `<table><tr><td><span class="copy">© all rights reserved - created by <a href="/?mail">Studio</a>, programming by <a href="mailto:vorlin.dev@mail.example">Vorlin</a></span></td></tr></table>`],
    ['"Design by"', `<p>Honda CB 500, 2011, 3200 $.</p><p class="credits">Design by <a href="mailto:pixel@studio.example">Pixel Studio</a></p>`],
    ['"Website:" with a dash', `<div>Website — <a href="mailto:ops@webmakers.example">webmakers</a></div>`],
    ['"Webdesign:"', `<div>Impressum · Webdesign: <a href="mailto:info@agentur.example">Agentur Nord</a></div>`],
    ['"programmiert von"', `<div>Seite programmiert von <a href="mailto:kai@code.example">Kai</a></div>`],
    ['"réalisé par"', `<div>Site réalisé par <a href="mailto:contact@atelier.example">Atelier Web</a></div>`],
    ['"разработка сайта"', `<div>© 2015 Мотобазар. Разработка сайта: <a href="mailto:web@studio.example">Студия</a></div>`],
    ['"Сайт создан в"', `<div>Сайт создан в <a href="mailto:hello@veb.example">веб-студии</a></div>`],
    ['"Powered by"', `<div>Powered by <a href="mailto:team@cms.example">CMS Team</a></div>`],
  ])('%s', (_what, body) => {
    expect(emails(body)).toEqual([]);
  });
});

describe("a seller's mailbox after other words is still read", () => {
  it.each([
    ['"sold by"', `<p>Sold by <a href="mailto:olena.k@mail.example">Olena</a></p>`, ['email olena.k@mail.example']],
    ['"Hosted by"', `<p>Hosted by <a href="mailto:ingrid.h@mail.example">Ingrid</a></p>`, ['email ingrid.h@mail.example']],
    ['"by" alone', `<p>Offered by <a href="mailto:petro.m@mail.example">Petro</a></p>`, ['email petro.m@mail.example']],
    ['a contact line', `<p>Contact: <a href="mailto:bike.owner@mail.example">write to me</a></p>`, ['email bike.owner@mail.example']],
    ['"design" in the ad\'s own text, then a sentence', `<p>Classic design, new tyres. Write to <a href="mailto:roman.b@mail.example">me</a></p>`, ['email roman.b@mail.example']],
    ['a seller link first in its box', `<div class="seller"><a href="mailto:ivan.t@mail.example">ivan.t@mail.example</a></div>`, ['email ivan.t@mail.example']],
    ['a seller whose ad says "created by" of the bike', `<p>Frame created by hand in 2019.</p><p>Email: <a href="mailto:lev.s@mail.example">Lev</a></p>`, ['email lev.s@mail.example']],
  ])('%s', (_what, body, want) => {
    expect(emails(body)).toEqual(want);
  });
});
