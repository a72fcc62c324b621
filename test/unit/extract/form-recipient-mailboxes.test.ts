/**
 * A contact form's "send to" list, whose choices carry the mailboxes the form posts to
 * (`<select name="to"><option value="lena.marten@…">Sales</option>`): the site's own desks' and
 * people's mailboxes, printed nowhere else on the page. The list is cut out with the rest of the
 * select before the parse (it is not text), so its mailboxes are taken there. Found in the 81st
 * sealed round (m83a); all values invented.
 */
import { describe, expect, it } from 'vitest';
import { cutPage } from '../../../lambdas/collect/extract/parse.js';
import { foundAt } from './found.js';

const found = foundAt('https://www.wendell-zoo.example/contact/', 'US');
const form = (options: string, nav = '<nav><a href="/">Home</a> <a href="/visit">Visit</a></nav>'): string =>
  `<!doctype html><html><body><header>${nav}</header>` +
  '<main><h1>Contact Us</h1><p>Wendell Zoo</p><p>455 Example Parkway, Springfield, IL 62701</p><p>Phone: 217.555.0142</p>' +
  `<form action="/contact/send" method="post"><label>Subject:</label><select id="recipient" name="recipient"><option>Choose a topic</option>${options}</select>` +
  '<input type="text" name="name"><textarea name="message"></textarea><button>Send</button></form></main>' +
  '<footer><p>© 2025 Wendell Zoo · 217-555-0142 · <a href="mailto:info@wendell-zoo.example">info@wendell-zoo.example</a></p></footer></body></html>';
const option = (mailbox: string, text: string): string => `<option value="${mailbox}">${text}</option>`;

describe("a contact form's list of recipients", () => {
  const OWN = 'email info@wendell-zoo.example';
  const options =
    option('keepers@wendell-zoo.example', 'Keepers') +
    option('lena.marten@wendell-zoo.example', 'School visits') +
    option('lena.marten@wendell-zoo.example', 'Press') +
    option('kreilly@wendell-events.example', 'Café');

  it("gives the site's desks' and people's mailboxes, at its own domain or another", () => {
    expect(found(form(options), 'US', 'email')).toEqual([OWN, 'email keepers@wendell-zoo.example', 'email kreilly@wendell-events.example', 'email lena.marten@wendell-zoo.example']);
  });

  it("but on a marketplace's page its own desks' stay the platform's", () => {
    const market = '<nav><a href="/login">Log in</a><a href="/post-ad">Post an ad</a></nav>';
    expect(found(form(options, market), 'US', 'email')).toEqual(['email kreilly@wendell-events.example']);
  });

  it('reads single-quoted, unquoted, entity-encoded and mailto: values', () => {
    const options =
      "<option value='anna.berg@wendell-zoo.example'>Birthday parties</option>" +
      '<option value=volunteers@wendell-zoo.example>Helpers</option>' +
      '<option value="events&#64;wendell-zoo.example">Events</option>' +
      '<option value="mailto:members@wendell-zoo.example">Season tickets</option>';
    expect(found(form(options), 'US', 'email')).toEqual(['email anna.berg@wendell-zoo.example', 'email events@wendell-zoo.example', OWN, 'email members@wendell-zoo.example', 'email volunteers@wendell-zoo.example']);
  });

  it("reads nothing from choices whose values are not mailboxes, nor from a choice's text", () => {
    const options = option('keepers', 'Keepers') + option('42', 'anna.berg@wendell-zoo.example') + '<option value="a@b">Other</option>';
    expect(found(form(options), 'US', 'email')).toEqual([OWN]);
  });

  it("keeps the site's phone as before: the list adds only mailboxes", () => {
    expect(found(form(option('keepers@wendell-zoo.example', 'Keepers')), 'US', 'phone')).toEqual(found(form(''), 'US', 'phone'));
  });

  it('takes at most 60 from a page, however long its lists', () => {
    const many = Array.from({ length: 200 }, (_, i) => option(`desk${i}@wendell-zoo.example`, `Desk ${i}`)).join('');
    expect(cutPage(form(many)).optionMailboxes).toHaveLength(60);
    expect(cutPage(form(many)).optionMailboxes[0]).toBe('desk0@wendell-zoo.example');
  });

  it('takes them only from a list, not from a form field or a script', () => {
    const html = form('').replace(
      '<button>',
      '<input type="hidden" name="from" value="forms@wendell-zoo.example"><script>var o = \'<option value="x@wendell-zoo.example">\';</script><button>',
    );
    expect(cutPage(html).optionMailboxes).toEqual([]);
  });
});
