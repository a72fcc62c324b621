/**
 * From the 59th sealed round (found after its scoring): an employer's own vacancy page names its
 * contacts in a sentence, "please contact Prof.dr. <name>, telephone: …, or by e-mail: <mailbox at
 * the site's domain>", the mailbox spelt after the person. A mailbox at the page's own domain is
 * the platform's unless something says it is a person's; a mailbox spelt after the person the same
 * sentence names before it is that person's, and so are the numbers on its line. Written with what
 * a page brings against that: a desk's mailbox, a mailbox spelt after someone else, a name too far
 * before. Every name, number and address here is invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt } from './found.js';

const found = foundAt('https://www.uni.example/en/vacancy/technical-assistant.htm', 'NL');
const page = (sentences: string): string =>
  `<!doctype html><html><body><header><a href="/">University</a></header><main><h1>Technical assistant</h1><p><b>Do you want more information?</b><br>${sentences}</p></main><footer>© University</footer></body></html>`;
const contact = (name: string, phone: string, mailbox: string, before = 'For more information about this position, please contact '): string =>
  `${before}${name}, telephone: ${phone} or by e-mail: <a href="mailto:${mailbox}">${mailbox}</a>.<br><br>`;
const contacts = (html: string): string[] => found(html, 'NL').filter((f) => !f.startsWith('name'));

describe('a contact sentence naming the owner of a mailbox at the site\'s domain', () => {
  it.each([
    ['given and family name', contact('Prof.dr. Lena Marten', '+31 317481234', 'lena.marten@uni.example'), ['email lena.marten@uni.example', 'phone +31317481234']],
    ['a family name with a particle', contact('Kamal van Reilly', '+31 317 485678', 'kamal.vanreilly@uni.example'), ['email kamal.vanreilly@uni.example', 'phone +31317485678']],
    ['two particles', contact('Joost van der Marten', '+31 317 485678', 'joost.vandermarten@uni.example'), ['email joost.vandermarten@uni.example', 'phone +31317485678']],
    ['the given name\'s initial', contact('Lena Marten', '0317 481234', 'l.marten@uni.example'), ['email l.marten@uni.example', 'phone +31317481234']],
    [
      'two contacts, each on a line of their own',
      contact('Prof.dr. Lena Marten', '+31 317481234', 'lena.marten@uni.example') + contact('Kamal van Reilly, HR adviser', '+31 317 485678', 'kamal.vanreilly@uni.example', 'For more information about the procedure, please contact '),
      ['email kamal.vanreilly@uni.example', 'email lena.marten@uni.example', 'phone +31317481234', 'phone +31317485678'],
    ],
  ])('%s: the mailbox and the number are the advertiser\'s', (_, sentences, want) => {
    expect(contacts(page(sentences))).toEqual(want);
  });

  it.each([
    ['a desk\'s mailbox', contact('Lena Marten', '+31 317481234', 'jobs@uni.example')],
    ['a mailbox spelt after someone else', contact('Lena Marten', '+31 317481234', 'kamal.reilly@uni.example')],
    ['a name too far before', contact('Lena Marten', '+31 317481234', 'lena.marten@uni.example', '').replace(', telephone', `, ${'who leads the group and the lab, '.repeat(7)}telephone`)],
  ])('not %s: the platform\'s, with the number on its line', (_, sentences) => {
    expect(contacts(page(sentences))).toEqual([]);
  });
});
