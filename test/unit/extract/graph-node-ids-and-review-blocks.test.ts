/**
 * A portal's JSON-LD graph names its nodes by type and slug under the site's own address
 * ("https://site/#/schema/Person/ana-pop"): such an @id is the node's, not the site's, so an
 * agency's agents there are read. Members linked from a block of reviews are the reviewers.
 * All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const site = 'https://www.casas.example.ro';
const ro = foundAt(`${site}/oferta/apartament-de-vanzare-cluj-2-camere-900123456`, 'RO');
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('a graph node named by type and slug under the site’s address', () => {
  const graph = (platformId: string) => ({
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': platformId,
        name: 'Casas',
        url: `${site}/`,
        telephone: '+40 21 300 0000',
        email: 'suport@casas.example.ro',
        employee: [{ '@type': 'Person', '@id': `${site}/#/schema/Person/victor-ceo`, givenName: 'Victor Lazar', jobTitle: 'CEO Casas' }],
        founder: [{ '@id': `${site}/#/schema/Person/ioana-stan` }],
      },
      // the platform's founder, referred to by the platform's organisation: its staff, not an agent
      { '@type': 'Person', '@id': `${site}/#/schema/Person/ioana-stan`, givenName: 'Ioana', familyName: 'Stan', jobTitle: 'Co-founder' },
      {
        '@type': 'Offer',
        '@id': `${site}/#/schema/Offer/900123456`,
        offeredBy: { '@id': `${site}/#/schema/RealEstateAgent/agentia-nord` },
      },
      {
        '@type': 'RealEstateAgent',
        '@id': `${site}/#/schema/RealEstateAgent/agentia-nord`,
        name: 'Agenția Nord',
        url: `${site}/agentie/agentia-nord`,
        employee: [{ '@id': `${site}/#/schema/Person/ana-pop` }, { '@id': `${site}/#/schema/Person/mihai-dobre` }],
      },
      { '@type': 'Person', '@id': `${site}/#/schema/Person/ana-pop`, givenName: 'Ana Pop', jobTitle: 'Agent imobiliar', worksFor: { '@id': `${site}/#/schema/RealEstateAgent/agentia-nord` } },
      { '@type': 'Person', '@id': `${site}/#/schema/Person/mihai-dobre`, givenName: 'Mihai Dobre', jobTitle: 'Agent imobiliar', worksFor: { '@id': `${site}/#/schema/RealEstateAgent/agentia-nord` } },
    ],
  });

  it('is the agency’s agent: read; the platform’s own organisation and its staff (inline or referred to) are not', () => {
    const html = page(`<h1>Apartament 2 camere</h1>${ld(graph(`${site}/#/schema/Organization/casas`))}`);
    expect(ro(html, 'RO', 'name')).toEqual(['name ana pop', 'name mihai dobre']);
    expect(ro(html, 'RO', 'phone')).toEqual([]);
    expect(ro(html, 'RO', 'email')).toEqual([]);
  });

  it('leaves the site’s organisation named "#organization" the site', () => {
    const html = page(`<h1>Apartament 2 camere</h1>${ld(graph(`${site}/#organization`))}`);
    expect(ro(html, 'RO', 'phone')).toEqual([]);
    expect(ro(html, 'RO', 'name')).toEqual(['name ana pop', 'name mihai dobre']);
  });
});

describe('members linked from a block of reviews', () => {
  const us = foundAt('https://www.reviews.example.com/biz/phone-repair-springfield', 'US');
  const review = (id: string, name: string): string =>
    `<li><div class="review review--with-sidebar"><div class="media-avatar"><a href="/user_details?userid=${id}"><img class="avatar" alt="${name}" src="/u/${id}.jpg"></a></div>` +
    `<a class="user-display-name" href="/user_details?userid=${id}">${name}</a><p>Fixed my screen in 20 minutes.</p></div></li>`;

  it('are the reviewers, not the business’s people', () => {
    const html = page(`<h1>Screen Repair</h1><ul class="ylist reviews">${review('a1', 'Anna B.')}${review('b2', 'Mark T.')}${review('c3', 'Lena Berg')}</ul>`);
    expect(us(html, 'US', 'name')).toEqual([]);
  });

  it('leave a member linked outside them, and a seller box’s own reviews badge, as they were', () => {
    const html = page(
      `<h1>iPhone 12, 128 GB</h1><div class="seller-box"><a href="/user_details?userid=z9">Lena Berg</a><div class="seller-reviews">4.8 (12 reviews)</div></div>` +
        `<p>Posted by <a href="/user_details?userid=y8">Mark Ellison</a></p>`,
    );
    expect(us(html, 'US', 'name')).toEqual(['name lena berg', 'name mark ellison']);
    // A seller box marked for its reviews is the seller's.
    const box = page(`<h1>iPhone 12, 128 GB</h1><div class="seller-reviews-box"><a href="/user_details?userid=z9">Lena Berg</a><span>4.8 (12 reviews)</span></div>`);
    expect(us(box, 'US', 'name')).toEqual(['name lena berg']);
  });
});
