import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

const URL_ = 'https://www.marked.example/annonse/1';
const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const extract = (html: string, country = 'NO') => extractFindings(html, { url: URL_, country });

describe('JSON-LD', () => {
  it('reads a Car with its offer and seller, with the property path as origin', () => {
    const html = ld({
      '@context': 'https://schema.org',
      '@type': 'Car',
      name: 'Volvo XC60 D4',
      vehicleIdentificationNumber: 'yv1dz8256k2012345',
      brand: { '@type': 'Brand', name: 'Volvo' },
      manufacturer: { '@type': 'Organization', name: 'Volvo Car Corporation', telephone: '+46 31 59 00 00' },
      identifier: { '@type': 'PropertyValue', propertyID: 'registreringsnummer', value: 'AB 12345' },
      offers: {
        '@type': 'Offer',
        price: 349000,
        seller: {
          '@type': 'Person',
          name: 'Ola Nordmann',
          alternateName: '@bilola88',
          telephone: ['+47 912 34 567', '98 76 54 32'],
          email: 'mailto:Ola@Example.no',
          address: { '@type': 'PostalAddress', streetAddress: 'Storgata 1', postalCode: '0150', addressLocality: 'Oslo', addressCountry: 'NO' },
        },
      },
    });
    expect(extract(html)).toEqual([
      { kind: 'vin', value: 'YV1DZ8256K2012345', origin: 'json-ld:vehicleIdentificationNumber' },
      { kind: 'plate', value: 'NO:AB12345', origin: 'json-ld:identifier' },
      { kind: 'phone', value: '+4791234567', origin: 'json-ld:offers.seller.telephone' },
      { kind: 'phone', value: '+4798765432', origin: 'json-ld:offers.seller.telephone' },
      { kind: 'email', value: 'ola@example.no', origin: 'json-ld:offers.seller.email' },
      { kind: 'name', value: 'ola nordmann', origin: 'json-ld:offers.seller.name' },
      { kind: 'nickname', value: 'bilola88', origin: 'json-ld:offers.seller.alternateName' },
      { kind: 'address', value: 'storgata 1, 0150 oslo', origin: 'json-ld:offers.seller.address' },
    ]);
  });

  it('reads @graph and arrays, skips the marketplace’s own organisation and the maker; a dealer gives contacts, not a person’s name', () => {
    const html =
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', url: 'https://www.marked.example/', publisher: { '@id': 'https://www.marked.example/#org' } },
          { '@type': 'Organization', '@id': 'https://www.marked.example/#org', name: 'Marked AS', url: 'https://www.marked.example/', telephone: '+47 22 00 00 00' },
          {
            '@type': 'AutoDealer',
            '@id': 'https://www.marked.example/forhandler/42#dealer',
            name: 'Bil & Motor AS',
            telephone: '+47 22 12 34 56',
            address: { '@type': 'PostalAddress', streetAddress: 'Industriveien 5', postalCode: '1337', addressLocality: 'Sandvika', addressCountry: { '@type': 'Country', name: 'NO' } },
          },
        ],
      }) +
      ld([
        { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Bil' }] },
        { '@type': 'Product', name: 'Tesla Model 3', offers: [{ '@type': 'Offer', seller: { name: 'Kari Nordmann', telephone: '41 23 45 67' } }] },
      ]);
    const found = extract(html);
    expect(found.map((f) => [f.kind, f.value])).toEqual([
      ['phone', '+4722123456'],
      ['address', 'industriveien 5, 1337 sandvika'],
      ['phone', '+4741234567'],
      ['name', 'kari nordmann'],
    ]);
  });

  it('takes a plate from additionalProperty, and nothing from a PostalAddress without a street', () => {
    const html = ld({
      '@type': 'Vehicle',
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'Erstzulassung', value: '03/2021' },
        { '@type': 'PropertyValue', name: 'Kennzeichen', value: 'B-AB 1234' },
      ],
      offers: { '@type': 'Offer', availableAtOrFrom: { '@type': 'Place', address: { '@type': 'PostalAddress', postalCode: '10115', addressLocality: 'Berlin' } } },
    });
    expect(extract(html, 'DE')).toEqual([{ kind: 'plate', value: 'DE:BAB1234', origin: 'json-ld:additionalProperty' }]);
  });

  it('skips a block that is not JSON and still reads the next one, also when wrapped in a comment', () => {
    const html =
      '<script type="application/ld+json">{"@type": "Person", "name": "Broken",}</script>' +
      '<script type="application/ld+json"><!-- {"@type": "Person", "name": "Kari Nordmann", "telephone": "41234567"} --></script>';
    expect(extract(html).map((f) => f.value)).toEqual(['+4741234567', 'kari nordmann']);
  });

  it('reads blocks in CDATA markers or a comment at one end only, and leaves markers inside strings alone', () => {
    const person = (name: string, phone: string): string => JSON.stringify({ '@type': 'Person', name, telephone: phone });
    const html =
      `<script type="application/ld+json">\n//<![CDATA[\n${person('Kari Nordmann', '41234567')}\n//]]>\n</script>` +
      `<script type="application/ld+json"> ${person('Ola Hansen', '91234567')} --> </script>` +
      // "-->" and "]]>" inside a string, not at the block's end: the block is plain JSON
      `<script type="application/ld+json">{"@type": "Person", "name": "Per Olsen", "description": "a --> b ]]> c", "telephone": "92345678"}</script>`;
    expect(extract(html).map((f) => `${f.kind} ${f.value} ${f.origin}`)).toEqual([
      'phone +4741234567 json-ld:telephone',
      'name kari nordmann json-ld:name',
      'phone +4791234567 json-ld:telephone',
      'name ola hansen json-ld:name',
      'phone +4792345678 json-ld:telephone',
      'name per olsen json-ld:name',
    ]);
  });

  it('reads full-IRI types, plate keys in any case, and gives nested and @graph paths as origins', () => {
    const html = ld({
      '@graph': [
        {
          '@type': ['http://schema.org/Car', 7],
          LicensePlate: 'AB 12345',
          offers: [{ '@type': 'Offer', seller: { '@type': 'https://schema.org/Person', givenName: 'Kari', familyName: 'Nordmann', telephone: 41234567 } }],
        },
        { '@type': 'Product', numberPlate: 'CD 67890', plate: 'EF 11111', itemOffered: { '@type': 'schema:Person', telephone: '91234567' } },
      ],
    });
    expect(extract(html).map((f) => `${f.kind} ${f.value} ${f.origin}`)).toEqual([
      'plate NO:AB12345 json-ld:LicensePlate',
      'phone +4741234567 json-ld:offers.seller.telephone',
      'name kari nordmann json-ld:offers.seller.name',
      'plate NO:CD67890 json-ld:numberPlate',
      'phone +4791234567 json-ld:itemOffered.telephone',
    ]);
  });
});

describe('microdata', () => {
  it('reads nested items, with tel:, mailto: and meta values', () => {
    const html = `
      <div itemscope itemtype="https://schema.org/Car">
        <h1 itemprop="name">Mercedes-Benz GLC 300</h1>
        <meta itemprop="vehicleIdentificationNumber" content="WDC2539461F123456">
        <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
          <div itemprop="seller" itemscope itemtype="https://schema.org/Person">
            <span itemprop="name">Anna  Svensson</span>
            <a itemprop="telephone" href="tel:+46701740655">070-174 06 55</a>
            <a itemprop="email" href="mailto:anna@example.se">Mejla</a>
            <p itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">
              <span itemprop="streetAddress">Storgatan 12</span>, <span itemprop="postalCode">123 45</span>
              <span itemprop="addressLocality">Stockholm</span>
            </p>
          </div>
        </div>
      </div>`;
    expect(extractFindings(html, { url: URL_, country: 'SE' }).filter((f) => f.origin.startsWith('microdata:'))).toEqual([
      { kind: 'vin', value: 'WDC2539461F123456', origin: 'microdata:vehicleIdentificationNumber' },
      { kind: 'phone', value: '+46701740655', origin: 'microdata:offers.seller.telephone' },
      { kind: 'email', value: 'anna@example.se', origin: 'microdata:offers.seller.email' },
      { kind: 'name', value: 'anna svensson', origin: 'microdata:offers.seller.name' },
      { kind: 'address', value: 'storgatan 12, 123 45 stockholm', origin: 'microdata:offers.seller.address' },
    ]);
  });

  it('reads structured data inside hidden elements, which are meant for machines', () => {
    const html =
      '<div hidden itemscope itemtype="https://schema.org/Person"><span itemprop="name">Kari Nordmann</span>' +
      '<span itemprop="telephone">41 23 45 67</span></div>';
    expect(extract(html).map((f) => [f.value, f.origin])).toEqual([
      ['+4741234567', 'microdata:telephone'],
      ['kari nordmann', 'microdata:name'],
    ]);
  });
});

describe('hostile structured data', () => {
  it('stops at a sane depth instead of overflowing the stack', () => {
    const person = JSON.stringify({ '@type': 'Person', telephone: '41 23 45 67' });
    const deep = `${'{"nested":'.repeat(5000)}${person}${'}'.repeat(5000)}`;
    const html = `<script type="application/ld+json">${deep}</script><p>Ring 98 76 54 32</p>`;
    expect(extract(html).map((f) => f.value)).toEqual(['+4798765432']);
  });
});
