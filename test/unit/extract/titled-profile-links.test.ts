/**
 * A clinic's page lists its doctors as "Dr. …" links to profiles whose addresses are made of the
 * doctor's name ("/doctor/dr-jane-doe-ent-specialist-2"). A name the known-name lists lack was lost
 * (the 29th sealed round's clinic page, found after its scoring). The title and the spelled
 * address together say it is a person; either alone does not. Every page, name and number here
 * is invented; the names are not in the known-name lists.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.clinics.example/mumbai/clinic/lotus-ent-chembur', 'IN');
const names = (body: string) => found(page(body), 'IN', 'name');
const card = (href: string, text: string) =>
  `<div class="doctor-block"><img alt="doctor" src="/a.jpg"><div class="doc-details-block"><a class="link doc-name" href="${href}"><h2>${text}</h2></a><p>MBBS, MS - ENT</p></div></div>`;

describe('a titled name in a profile link whose address spells it', () => {
  it.each([
    ['Dr. and the name at the start of the address', '/mumbai/doctor/dr-quillon-vestrabe-ear-nose-throat-ent-specialist-2', 'Dr. Quillon Vestrabe', 'name quillon vestrabe'],
    ['an absolute address on the same site', 'https://www.clinics.example/mumbai/doctor/quillon-vestrabe', 'Dr. Quillon Vestrabe', 'name quillon vestrabe'],
    ['an underscore-joined address with an extension', '/doctors/Quillon_Vestrabe.html', 'Dr. Quillon Vestrabe', 'name quillon vestrabe'],
    ['an honorific, a lawyer', '/lawyer/mr-quillon-vestrabe-1234', 'Mr. Quillon Vestrabe', 'name quillon vestrabe'],
    ['accents in the text, none in the address', '/doctor/dr-quillon-vestrabe', 'Dr. Quillón Véstrabe', 'name quillón véstrabe'],
    ['a degree after the name too', '/doctor/dr-quillon-vestrabe', 'Dr. Quillon Vestrabe, MD', 'name quillon vestrabe'],
  ])('%s', (_what, href, text, want) => {
    expect(names(card(href, text))).toEqual([want]);
  });
});

describe('what stays held to the known-name lists', () => {
  it.each([
    ['no title before the name', '/doctor/quillon-vestrabe', 'Quillon Vestrabe'],
    ['the address spells another name', '/doctor/dr-oskarine-tamsel-2', 'Dr. Quillon Vestrabe'],
    ['the address spells only the surname', '/doctor/dr-vestrabe-22', 'Dr. Quillon Vestrabe'],
    ['the name words apart in the address', '/doctor/quillon-ent-vestrabe', 'Dr. Quillon Vestrabe'],
    ['a title and one word', '/doctor/dr-vestrabe', 'Dr. Vestrabe'],
    ['a place spelled in a directory link', '/lawyers/brevik-tamsel', 'Brevik Tamsel'],
    ['a malformed escape in the address', '/doctor/dr-quillon-vestrabe-%E0%A4%A', 'Dr. Quillon Vestrabe'],
    ['another site\'s profile', 'https://www.other-directory.example/doctor/dr-quillon-vestrabe', 'Dr. Quillon Vestrabe'],
  ])('%s', (_what, href, text) => {
    expect(names(card(href, text))).toEqual([]);
  });
});
