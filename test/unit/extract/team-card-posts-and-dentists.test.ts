/**
 * From the fix round on the 65th sealed round (m67a, m67b, m67c): a team's card that marks its
 * person's name and post in elements of their own, and dentists' titles in the markets' languages,
 * with the cases an adversary would bring: a testimonial's author and post, a fact's name and
 * value, a product's name beside a position, a post line with a number. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const co = foundAt('https://www.clinica-wendell.example/nosotros', 'CO');
const posted = (name: string, post: string, nameClass = 'name', postClass = 'doctor-profesion'): string =>
  `<div class="card"><div class="doctor-meta"><span class="${nameClass}">${name}</span> <span class="${postClass}">${post}</span></div><a href="#">Ver perfil</a></div>`;

describe("a team card's name and post in elements of their own", () => {
  it.each([
    ['doctor-profesion', 'name', 'Rehabilitación Oral'],
    ['staff-position', 'person-name', 'Senior Associate'],
    ['jobTitle', 'staffName', 'Service Advisor'],
    ['designation', 'team-name', 'Head of Workshop'],
    ['cargo', 'nombre', 'Recepción'],
    ['profile-position', 'profile-name', 'Office Manager'],
    ['team-item__position', 'team-item__name', 'Head Nurse'],
  ])('post marked %s, name marked %s', (postClass, nameClass, post) => {
    const body = posted('Lena Marten', post, nameClass, postClass) + posted('Rafael Irfan', post, nameClass, postClass);
    expect(co(page(`<h1>Nuestro equipo</h1>${body}`), 'CO', 'name')).toEqual(['name lena marten', 'name rafael irfan']);
  });

  it('names the known names lack, in a grid of four cards or more most of whose names are known', () => {
    const body = ['Lena Marten', 'Kamal Reilly', 'Rafael Irfan', 'Quorra Vexlin'].map((n) => posted(n, 'Implantología')).join('');
    expect(co(page(`<h1>Equipo</h1>${body}`), 'CO', 'name')).toEqual(['name kamal reilly', 'name lena marten', 'name quorra vexlin', 'name rafael irfan']);
  });

  it('but not one such card alone, nor a grid of mostly unknown words', () => {
    expect(co(page(`<h1>Equipo</h1>${posted('Quorra Vexlin', 'Implantología')}`), 'CO', 'name')).toEqual([]);
    const body = ['Quorra Vexlin', 'Ulmo Quendi', 'Zephyrine Orrax', 'Lena Marten'].map((n) => posted(n, 'Implantología')).join('');
    expect(co(page(`<h1>Equipo</h1>${body}`), 'CO', 'name')).toEqual(['name lena marten']);
  });

  it("Bootstrap's position utilities are no post", () => {
    const body = ['Lena Marten', 'Kamal Reilly'].map((n) => posted(n, 'Nuevo', 'card-name', 'position-absolute')).join('');
    expect(co(page(`<h1>Equipo</h1>${body}`), 'CO', 'name')).toEqual([]);
  });

  it.each([
    // A testimonial's author and their post: a customer.
    [posted('Lena Marten', 'Paciente', 'testimonial-name', 'testimonial-position')],
    [posted('Lena Marten', 'CEO, Wendell Ltd', 'client-name', 'client-designation')],
    // A fact's name and a value, a product's name beside a position in a carousel.
    [posted('Cuartos Dobles', '3', 'name', 'position')],
    [posted('Volvo Serie', 'Nuevo ingreso', 'product-name', 'position')],
    // A post line with a number or a mailbox: a contact line, not a post.
    [posted('Lena Marten', 'Ext. 204', 'name', 'position')],
    // A single word, or a label.
    [posted('Lena', 'Odontóloga', 'name', 'profesion')],
    // Not a post's element: the card's title.
    [posted('Lena Marten', 'Odontóloga', 'name', 'title')],
  ])('no name from %s', (body) => {
    expect(co(page(`<h1>Nuestro equipo</h1>${body}`), 'CO', 'name')).toEqual([]);
  });
});

describe("a dentist's title under a name", () => {
  const card = (name: string, title: string): string => `<div class="member"><h4>${name}</h4><p>${title}</p></div>`;
  it.each([
    ['CO', 'https://www.clinica-wendell.example/equipo', 'Odontóloga'],
    ['DE', 'https://www.zahnarzt-wendell.example/team', 'Zahnärztin'],
    ['SE', 'https://www.wendell-tandvard.example/om-oss', 'Tandläkare'],
    ['FR', 'https://www.cabinet-wendell.example/equipe', 'Chirurgien-dentiste'],
  ])('%s: %s', (cc, url, title) => {
    const body = card('Lena Marten', title) + card('Rafael Irfan', title);
    expect(foundAt(url, cc)(page(`<h1>Team</h1>${body}`), cc, 'name')).toEqual(['name lena marten', 'name rafael irfan']);
  });
});
