import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const opts = { url: 'http://127.0.0.1:4390/ad/1', country: 'NO' };

describe('per-source rules', () => {
  const html = `
    <div class="seller">
      <div class="seller-name">Kari   Nordmann</div>
      <div class="seller-nick">@TilhengerKari</div>
      <div class="seller-address">Kirkegata 5<br>0153 Oslo</div>
      <div class="seller-phone">Tlf: 41 23 45 67</div>
      <a class="seller-mail" href="mailto:kari@example.no">Send e-post</a>
    </div>`;

  it('reads each kind’s selector, with the selector as origin', () => {
    const rules = {
      fields: {
        name: '.seller-name',
        nickname: '.seller-nick',
        address: '.seller-address',
        phone: '.seller-phone',
        email: 'a.seller-mail',
      },
    };
    expect(extractFindings(html, { ...opts, rules })).toEqual([
      { kind: 'name', value: 'kari nordmann', origin: 'rule:.seller-name' },
      { kind: 'nickname', value: 'tilhengerkari', origin: 'rule:.seller-nick' },
      { kind: 'address', value: 'kirkegata 5, 0153 oslo', origin: 'rule:.seller-address' },
      { kind: 'phone', value: '+4741234567', origin: 'rule:.seller-phone' },
      { kind: 'email', value: 'kari@example.no', origin: 'rule:a.seller-mail' },
    ]);
  });

  it('without the rule, reads the name only from the seller box, and no nickname (that needs a label or the rule)', () => {
    expect(extractFindings(html, opts).filter((f) => f.kind === 'name' || f.kind === 'nickname')).toEqual([
      { kind: 'name', value: 'kari nordmann', origin: 'seller-box' },
    ]);
    const plain = html.replace(/class="[^"]*"/g, '');
    expect(extractFindings(plain, opts).filter((f) => f.kind === 'name' || f.kind === 'nickname')).toEqual([]);
  });

  it('matches selectors that read the tree around an element: siblings, positions, parents', () => {
    // The parse builds plain nodes, not domhandler's: these selectors fail if a link is missing.
    const page = `
      <dl class="facts"><dt>Merke</dt><dd>Volvo</dd><dt>Telefon</dt><dd>41 23 45 67</dd><dt>E-post</dt><dd>kari@example.no</dd></dl>
      <ul class="people"><li>Ola Hansen</li><li>Kari Nordmann</li></ul>
      <p><span class="who">Selger</span> <b>Per Olsen</b></p>`;
    const rules = {
      fields: {
        phone: 'dt:nth-of-type(2) + dd',
        email: 'dt:contains("E-post") ~ dd:last-child',
        name: 'ul.people > li:first-child',
        nickname: 'p:has(> span.who) b',
      },
    };
    expect(extractFindings(page, { ...opts, rules }).filter((f) => f.origin.startsWith('rule:'))).toEqual([
      { kind: 'phone', value: '+4741234567', origin: 'rule:dt:nth-of-type(2) + dd' },
      { kind: 'email', value: 'kari@example.no', origin: 'rule:dt:contains("E-post") ~ dd:last-child' },
      { kind: 'name', value: 'ola hansen', origin: 'rule:ul.people > li:first-child' },
      { kind: 'nickname', value: 'per olsen', origin: 'rule:p:has(> span.who) b' },
    ]);
  });

  it('skips a selector that does not parse instead of failing the page', () => {
    const rules = { fields: { name: 'div[[', nickname: '.seller-nick' } };
    expect(extractFindings(html, { ...opts, rules }).filter((f) => f.origin.startsWith('rule:'))).toEqual([
      { kind: 'nickname', value: 'tilhengerkari', origin: 'rule:.seller-nick' },
    ]);
  });
});

describe('attributes', () => {
  it('reads tel: links, data-* attributes, titles and meta content', () => {
    const html = `<html><head>
        <meta name="description" content="Volvo selges. Ring 98 76 54 32.">
        <meta name="ad:id" content="45678912">
        <meta property="og:image" content="https://img.example/45678912_1.jpg">
      </head><body>
        <a href="tel:+4791234567">Ring</a>
        <button data-phone="+47 41 23 45 67">Vis nummer</button>
        <article data-ad-id="45678912" data-seller-name="Kari Nordmann" data-regnr="EL 12345"></article>
        <span title="Kontakt: 40 61 83 21"></span>
      </body></html>`;
    expect(extractFindings(html, opts)).toEqual([
      { kind: 'phone', value: '+4798765432', origin: 'attr:content' },
      { kind: 'phone', value: '+4791234567', origin: 'attr:href' },
      { kind: 'phone', value: '+4741234567', origin: 'attr:data-phone' },
      { kind: 'name', value: 'kari nordmann', origin: 'attr:data-seller-name' },
      { kind: 'plate', value: 'NO:EL12345', origin: 'attr:data-regnr' },
      { kind: 'phone', value: '+4740618321', origin: 'attr:title' },
    ]);
  });

  it('ignores attributes of hidden elements', () => {
    const html = '<div style="display:none"><a href="tel:+4745000000">Ring</a><a href="mailto:trap@example.no">x</a></div>';
    expect(extractFindings(html, opts)).toEqual([]);
  });

  it('keeps one finding per kind and value, with the first origin', () => {
    const html =
      '<script type="application/ld+json">{"@type":"Person","telephone":"+47 912 34 567"}</script>' +
      '<a href="tel:004791234567">912 34 567</a><p>Ring 912 34 567</p>';
    expect(extractFindings(html, opts)).toEqual([{ kind: 'phone', value: '+4791234567', origin: 'json-ld:telephone' }]);
  });
});

describe('broken markup', () => {
  it('survives thousands of unclosed tags', () => {
    const html = `<p>Ring 98 76 54 32</p>${'<div><font>'.repeat(6000)}<p>Ring 41 23 45 67</p>`;
    expect(extractFindings(html, opts).map((f) => f.value)).toEqual(['+4798765432']);
  });
});
