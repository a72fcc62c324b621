/**
 * A contact person as job ads and agencies write one: a name, a comma and a phone label with its
 * number ("Lisätietoja antaa Matti Virtanen, puh. 040 …"), or a name before its own mailbox
 * ("send your CV to Jane Roe, jane.roe@…"). Written with what a page brings against that: an
 * office's, a desk's or a firm's name before the same label, a one-word name, Title Case
 * headings, a mailbox that is not the name's, and a team's mailbox. All values are invented.
 */
import { describe, expect, it } from 'vitest';
import { foundAt, page } from './found.js';

const found = foundAt('https://www.jobs.example/job/4242', 'FI');
const names = (body: string, country = 'FI'): string[] => found(page(body), country, 'name');

describe('a name, a comma and a phone label', () => {
  it.each([
    ['FI', '<p>Lisätietoja tehtävästä antaa Matti Virtanen, puh. 040 123 4567.</p>', 'name matti virtanen'],
    ['FI', '<p>Lisätietoja: toimitusjohtaja Liisa Korhonen, p. 040 765 4321</p>', 'name liisa korhonen'],
    ['PL', '<p>Kontakt z nami: Anna Nowak – tel. 601 234 567</p>', 'name anna nowak'],
    ['GB', '<p>For details contact our lettings manager Jane Roe, tel. 020 7946 0321</p>', 'name jane roe'],
  ])('%s %s', (country, body, want) => {
    expect(names(body, country)).toEqual([want]);
  });

  it.each([
    ['an office', '<p>Helsinki Office, tel. 040 123 4567</p>'],
    ['a firm', '<p>Asiakaspalvelu Oy, puh. 040 123 4567</p>'],
    ['a place', '<p>Toimipiste Tampere Keskusta, puh. 040 123 4567</p>'],
    ['one word', '<p>Soita Matille, puh. 040 123 4567</p>'],
    ['a Title Case heading', '<h2>Contact Our Sales Team Jane Roe, Tel. 020 7946 0321 For More Info</h2>'],
    ['a label with no number', '<p>Matti Virtanen, puh. ei julkinen</p>'],
  ])('not %s', (_, body) => {
    expect(names(body)).toEqual([]);
  });
});

describe('a name before its own mailbox', () => {
  it.each([
    ['first.last', '<p>Send your CV to Jane Roe, jane.roe@company.example</p>', 'name jane roe'],
    ['an initial and the surname, a number between', '<p>Jane Roe – 020 7946 0321 – jroe@company.example</p>', 'name jane roe'],
    ['the first name', '<p>Hakemukset: Liisa Korhonen liisa@yritys.example</p>', 'name liisa korhonen'],
    ['marks folded (ä, ö)', '<p>Yhteys: Jussi Mäkelä, jussi.makela@yritys.example</p>', 'name jussi mäkelä'],
  ])('%s', (_, body, want) => {
    expect(names(body, 'GB')).toEqual([want]);
  });

  it.each([
    ['a mailbox that is not the name’s', '<p>Jane Roe, careers@company.example</p>'],
    ['a firm named after its mailbox', '<p>Nordic Homes nordic.homes@company.example</p>'],
    ['a team', '<p>Sales Team, sales.team@company.example</p>'],
    ['a name far before the mailbox', '<p>Jane Roe is our newest agent and she speaks three languages; write to j.roe@company.example</p>'],
  ])('not %s', (_, body) => {
    expect(names(body, 'GB')).toEqual([]);
  });
});

describe('who answers questions about the ad', () => {
  it.each([
    ['FI', '<p>Lisätietoja tehtävästä antaa henkilöstöpäällikkö Liisa Korhonen tiistaina klo 9–11.</p>', 'name liisa korhonen'],
    ['SE', '<p>Upplysningar om tjänsten lämnas av Anna Berg.</p>', 'name anna berg'],
    ['NO', '<p>Spørsmål om stillingen rettes til daglig leder Kari Nordmann.</p>', 'name kari nordmann'],
    ['GB', '<p>For further information please contact our lettings manager Jane Roe.</p>', 'name jane roe'],
    ['DE', '<p>Für Rückfragen steht Ihnen Anna Schmidt gerne zur Verfügung.</p>', 'name anna schmidt'],
  ])('%s %s', (country, body, want) => {
    expect(names(body, country)).toEqual([want]);
  });

  it.each([
    ['a desk', 'GB', '<p>For more information contact Customer Services.</p>'],
    ['an office', 'GB', '<p>For more information contact the Leeds Office.</p>'],
    ['a firm', 'SE', '<p>Upplysningar lämnas av Nordic Bemanning AB.</p>'],
    ['a Title Case heading', 'GB', '<h2>For More Information Contact Jane Roe Today</h2>'],
  ])('not %s', (_, country, body) => {
    expect(names(body, country)).toEqual([]);
  });
});
