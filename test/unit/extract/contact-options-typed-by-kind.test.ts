/**
 * Found on a sealed round's property ad: the agent's object lists the ways to reach them, each
 * typed by its kind ({"type": "whatsapp", "value": "+971…", "link": "https://api.whatsapp.com/…"}),
 * and only the lines the schema.org data repeated were read. A list item's "type" labels its value
 * as a "label" or a "name" does: a phone's, a WhatsApp's or a fax's is a number, an e-mail's a
 * mailbox. The cases an adversary would bring: a type that is no contact's ("price", "area"), an
 * e-mail type without an address, a phone type without digits. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, nextData, page } from './found.js';

const found = foundAt('https://www.wendell-homes.example/en/listings/h41', 'AE');
const agent = (options: unknown[]): string =>
  page('<h1>House for sale</h1><p>4 rooms</p>') + nextData({ propertyResult: { property: { id: 'v41', agent: { name: 'Lena Marten', contact_options: options } } } });

describe("a contact's ways to reach them, typed by kind", () => {
  it('each is read', () => {
    const options = [
      { type: 'email', value: 'lena@qorvan.example', link: 'mailto:lena@qorvan.example' },
      { type: 'phone', value: '+971585550142', link: 'tel:+971585550142' },
      { type: 'whatsapp', value: '+97145550143', link: 'https://api.whatsapp.com/send?phone=+97145550143&text=Hello' },
    ];
    expect(found(agent(options))).toEqual(['email lena@qorvan.example', 'name lena marten', 'phone +97145550143', 'phone +971585550142']);
  });

  it.each([
    [{ type: 'price', value: '4500000' }],
    [{ type: 'area', value: '4679' }],
    [{ type: 'email', value: 'on request' }],
    [{ type: 'phone', value: 'on request' }],
  ])('%j gives nothing', (option) => {
    expect(found(agent([option]))).toEqual(['name lena marten']);
  });
});
