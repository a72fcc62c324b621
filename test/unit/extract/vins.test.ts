import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';
import { forEachRunOf17 } from '../../../lambdas/collect/extract/vins.js';
import { corpusTexts } from './corpus-texts.js';

function vins(body: string, country = 'NO'): string[] {
  const html = `<!doctype html><html><body>${body}</body></html>`;
  return extractFindings(html, { url: 'https://ads.example/1', country })
    .filter((f) => f.kind === 'vin')
    .map((f) => f.value);
}

describe('VIN detector', () => {
  it.each([
    ['<p>Chassisnummer: YV1DZ8256K2012345</p>', 'NO', ['YV1DZ8256K2012345']],
    ['<p>Understellsnummer YV1DZ8256K2012345</p>', 'NO', ['YV1DZ8256K2012345']],
    ['<dl><dt>Chassis nr. (VIN)</dt><dd>YV1DZ8256K2012345</dd></dl>', 'NO', ['YV1DZ8256K2012345']],
    ['<table><tr><th>Fahrgestellnummer (FIN)</th><td>WVWZZZCDZMW012345</td></tr></table>', 'DE', ['WVWZZZCDZMW012345']],
    ['<p>FIN: WVWZZZCDZMW012345</p>', 'DE', ['WVWZZZCDZMW012345']],
    ['<p>N° de série : VF1RJA00X68123456</p>', 'FR', ['VF1RJA00X68123456']],
    ['<p>Numer VIN: TMBJJ7NS3K8012345</p>', 'PL', ['TMBJJ7NS3K8012345']],
    // no check digit outside North America: the label in the ad's language is what vouches
    ['<p>Numero di telaio: ZFA31200000123456</p>', 'IT', ['ZFA31200000123456']],
    ['<p>Número de bastidor: VSSZZZ6JZBR123456</p>', 'ES', ['VSSZZZ6JZBR123456']],
    ['<p>Alvázszám: TMBJJ7NS3K8012346</p>', 'HU', ['TMBJJ7NS3K8012346']],
    ['<p>Serie șasiu: UU1HSDACN45123456</p>', 'RO', ['UU1HSDACN45123456']],
    ['<p>vin: yv1dz8256k2012345</p>', 'NO', ['YV1DZ8256K2012345']], // labelled: case is forgiven
    // Unlabelled, but a valid check digit, a maker code with a letter and a numeric serial.
    ['<p>V5C present (SALGA2EF7GA123456 on the logbook)</p>', 'GB', ['SALGA2EF7GA123456']],
    ['<p>VIN: 1M8GDM9AXKP042788</p>', 'US', ['1M8GDM9AXKP042788']],
    ['<span data-vin="yv1dz8256k2012345"></span>', 'NO', ['YV1DZ8256K2012345']],
    // a vehicle-history link names the car's VIN in a query parameter, often URL-encoded inside
    // another link: on result pages that is the only place a card's VIN is written
    ['<a href="https://history.example/report/?vin=1M8GDM9AXKP042788&amp;site=7">Report</a>', 'US', ['1M8GDM9AXKP042788']],
    [
      '<a href="https://cars.example/external/?redirect=https%3A%2F%2Fhistory.example%2F%3Fvin%3D1M8GDM9AXKP042788%26siteID%3D7">Report</a>',
      'US',
      ['1M8GDM9AXKP042788'],
    ],
    ['<a href="/r?u=https%3A%2F%2Fx.example%2F%3Fid%3D7%26vin%3DWVWZZZ1KZ8W123456">Report</a>', 'DE', ['WVWZZZ1KZ8W123456']],
  ])('%s (%s)', (body, country, expected) => {
    expect(vins(body, country)).toEqual(expected);
  });

  it.each([
    ['<p>Referanse YV1DZ8256K2012345</p>', 'NO'], // no label and no valid check digit
    ['<p>Bilde-ID: 9f8e7d6c5b4a39281</p>', 'NO'], // a hash
    ['<p>Sporings-ID: 3KX9P2M7R8T4W6Y1Z</p>', 'NO'], // upper case but no numeric serial
    ['<p>VIN: 12345678901234567</p>', 'NO'], // no letter
    ['<p>VIN: YV1DZ8256K20I2345</p>', 'NO'], // I is not a VIN letter
    ['<p>VIN: YV1DZ8256K20123456</p>', 'NO'], // 18 characters
    ['<p>VIN: 2HGFC2F69LH512345</p>', 'US'], // check digit is mandatory in the US
    ['<p>VIN: 2HGFC2F69LH512345</p>', 'CA'],
    ['<p>Build 5f4dcc3b5aa765d61d8327deb882cf99</p>', 'NO'],
    // links: only a parameter named vin, of 17 VIN characters with a letter and a digit
    ['<a href="https://x.example/?vin=12345678901234567">r</a>', 'NO'],
    ['<a href="https://x.example/?vin=YV1DZ8256K20123456">r</a>', 'NO'], // 18 characters
    ['<a href="https://x.example/?province=YV1DZ8256K2012345">r</a>', 'NO'],
    ['<a href="https://x.example/?vinyl=YV1DZ8256K2012345">r</a>', 'NO'],
    ['<a href="https://x.example/cars/YV1DZ8256K2012345">r</a>', 'NO'], // a path, not a labelled value
    ['<a href="https://x.example/?vin=2HGFC2F69LH512345">r</a>', 'US'], // check digit mandatory in the US
    ['<a href="https://x.example/?vin=%E0%A4%A">r</a>', 'NO'], // malformed escape
  ])('rejects %s (%s)', (body, country) => {
    expect(vins(body, country)).toEqual([]);
  });

  it('accepts the same VIN outside North America, where the check digit is not required', () => {
    expect(vins('<p>VIN: 2HGFC2F69LH512345</p>', 'NO')).toEqual(['2HGFC2F69LH512345']);
  });
});

describe('forEachRunOf17: the runs of 17 letters and digits a VIN can be, found by skipping ahead', () => {
  /** The plain loop it replaced: every character read. */
  function everyCharacter(text: string): number[] {
    const out: number[] = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : -1;
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0 && i - start === 17) out.push(start);
      start = -1;
    }
    return out;
  }
  function skipping(text: string): number[] {
    const out: number[] = [];
    forEachRunOf17(text, (at) => out.push(at));
    return out;
  }

  it('finds the same runs as reading every character, on the corpus pages', () => {
    let runs = 0;
    for (const { page, texts } of corpusTexts()) {
      for (const text of texts) {
        const expected = everyCharacter(text);
        expect(skipping(text), page).toEqual(expected);
        runs += expected.length;
      }
    }
    expect(runs).toBeGreaterThan(10); // the corpus has 17-character tokens (hashes, VINs)
  });

  it('finds the same runs on generated text: runs of 15-19 next to each other, at both ends, in other scripts', () => {
    let seed = 17;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alnum = 'ABCXYZ0189abxyz';
    const other = [' ', '\n', '-', '.', 'é', 'Ж', '차', '_', '/'];
    for (let n = 0; n < 5000; n++) {
      let text = '';
      const parts = Math.floor(random() * 8);
      for (let k = 0; k < parts; k++) {
        const length = random() < 0.6 ? 15 + Math.floor(random() * 5) : Math.floor(random() * 40);
        for (let c = 0; c < length; c++) text += alnum[Math.floor(random() * alnum.length)];
        const gap = Math.floor(random() * 3);
        for (let c = 0; c < gap; c++) text += other[Math.floor(random() * other.length)];
      }
      expect(skipping(text), JSON.stringify(text)).toEqual(everyCharacter(text));
    }
  });
});
