/**
 * From the 60th sealed round (found after its scoring): an agent's profile page whose agent box
 * holds its clients' testimonials, each author's name marked as a name ("testimonial-author-name"
 * inside "review-wrapper"). Inside a seller box, a block of reviews or testimonials gives no name:
 * its authors are customers. Every name here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.realty.example/agents/info', 'US');
const review = (cls: string, author: string): string =>
  `<div class="${cls}"><div class="content"><div class="testimonial-author-name">${author}</div><div>05/12/2025</div><p>Great to work with.</p></div></div>`;
const box = (inner: string): string => page(`<div class="agent-card"><div class="agent-name">Lena Marten</div><p>Listing agent</p>${inner}</div>`);

describe('reviews inside a seller box', () => {
  it.each([
    ['"review-wrapper"', review('review-wrapper', 'Wendell Okafor') + review('review-wrapper', 'Orlando Pike')],
    ['"testimonials" around them', `<div class="testimonials">${review('item', 'Wendell Okafor')}</div>`],
    ['a camel-case "clientTestimonials"', `<div class="clientTestimonials">${review('item', 'Wendell Okafor')}</div>`],
  ])('give no name: %s', (_, inner) => {
    expect(found(box(inner), 'US', 'name')).toEqual(['name lena marten']);
  });

  it('a name element outside them is read as before', () => {
    expect(found(box(`<div class="contact"><div class="agent-name">Kamal Reilly</div></div>`), 'US', 'name')).toEqual(['name kamal reilly', 'name lena marten']);
  });
});
