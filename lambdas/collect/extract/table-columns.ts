/**
 * Names in a table's contact-person column: a directory's, an association's member list's or a
 * dealer list's rows ("Member | Reg. No | Contact Person | E-mail"), each naming its firm's
 * contact in the column whose header is a contact-person label. The page's text runs a row's
 * cells into lines and loses the column where a cell is empty, so such a table is read as a table.
 */
import { attributeList, attributeValue, textLines, type DomNode } from './dom.js';
import type { FindingSet } from './findings.js';
import { SELLER_LABELS_STRONG } from './labels.js';
import { plausibleName, withoutHonorific, withoutTitles } from './names.js';

/** A header cell that is a contact person's label, alone ("Contact Person", "Ansprechpartner", "Contact name"). */
const CONTACT_HEADER = new RegExp(
  `^(?:${SELLER_LABELS_STRONG}|contact name|name of contact|nom du contact|kontaktname|nombre de contacto|nome de contato|nome do contacto)[ :：]*$`,
  'i',
);
/** Tables looked at per page, and rows per table: a directory's page lists tens. */
export const MAX_TABLES = 50;
const MAX_ROWS = 500;
/** A name of one to five words, each a capitalised word or an initial ("F.M. Kabir", "Md. Ali Khan"). */
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)+)(?: (?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)+)){0,4}$/u;

/** The table's own rows, not a nested table's. */
function rowsOf(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  const visit = (node: DomNode): void => {
    for (const child of node.children ?? []) {
      if (rows.length >= MAX_ROWS) return;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

/** A row's cells, each repeated over the columns its colspan covers. */
function cellsOf(row: DomNode): DomNode[] {
  const cells: DomNode[] = [];
  for (const child of row.children ?? []) {
    if (child.name !== 'td' && child.name !== 'th') continue;
    const at = attributeList(child);
    const span = Math.min(Number.parseInt((at && attributeValue(at, 'colspan')) ?? '1', 10) || 1, 20);
    for (let k = 0; k < span; k++) cells.push(child);
  }
  return cells;
}

/** Longer header text than any label and its colon: the cell is read no further. */
const MAX_HEADER_CHARS = 200;

/**
 * Whether the cell's text, white space collapsed, stays within MAX_HEADER_CHARS: looked at before
 * the cell is read as text, since a layout table's first row can hold the whole page.
 */
function short(cell: DomNode): boolean {
  let length = 0;
  const visit = (node: DomNode): boolean => {
    for (const child of node.children ?? []) {
      if (child.type === 'text') length += (child.data ?? '').replace(/\s+/g, ' ').length;
      else if (child.name !== 'script' && child.name !== 'style' && !visit(child)) return false;
      if (length > MAX_HEADER_CHARS) return false;
    }
    return true;
  };
  return visit(cell);
}

/**
 * A member list's family-name and given-name columns, side by side under their own headers ("Nom |
 * Prénom", "Name | Vorname", "Last name | First name", "Achternaam | Voornaam", "Nazwisko | Imię"):
 * each row's person is the two cells read as "given family".
 */
const FAMILY_HEADER = /^(?:nom|nom de famille|name|nachname|familienname|surname|last name|family name|achternaam|nazwisko|apellidos?|cognome|efternamn|etternavn|efternavn|sukunimi|příjmení|priezvisko|prezime|vezetéknév)[ :：]*$/i;
const GIVEN_HEADER = /^(?:prénom|prenom|vorname|first name|given name|forename|voornaam|imię|imie|nombre|nome|förnamn|fornavn|etunimi|jméno|meno|ime|keresztnév)[ :：]*$/i;
/** The header row is among the table's first rows (a caption's row may come before it). */
const HEADER_ROWS = 3;

function headerText(cell: DomNode): string {
  return short(cell) ? textLines(cell).join(' ').trim() : '';
}

/**
 * Reads the given and family names of a table whose header names both columns (see FAMILY_HEADER).
 * `heads` are the texts of the table's first rows' cells (headerText).
 */
function scanNameColumns(rows: readonly DomNode[], heads: readonly string[][], found: FindingSet): void {
  for (let h = 0; h < heads.length; h++) {
    const family = heads[h]!.findIndex((t) => FAMILY_HEADER.test(t));
    const given = heads[h]!.findIndex((t) => GIVEN_HEADER.test(t));
    if (family < 0 || given < 0) continue;
    for (const row of rows.slice(h + 1)) {
      const cells = cellsOf(row);
      const familyName = cells[family] && textLines(cells[family])[0]?.trim();
      const givenName = cells[given] && textLines(cells[given])[0]?.trim();
      if (!familyName || !givenName) continue;
      const name = `${givenName} ${familyName}`;
      if (NAME_WORDS.test(name) && plausibleName(name)) found.add('name', name, 'text');
    }
    return;
  }
}

/** Reads each table's contact-person column, and its given and family names' columns (origin "text": held to the known-name check). */
export function scanContactColumns(tables: readonly DomNode[], found: FindingSet): void {
  for (const table of tables.slice(0, MAX_TABLES)) {
    const rows = rowsOf(table);
    if (rows.length < 2) continue;
    // The first rows' cells' texts, read once for both looks (a row above the last may be the header).
    const heads = rows.slice(0, Math.min(HEADER_ROWS, rows.length - 1)).map((row) => cellsOf(row).map(headerText));
    scanNameColumns(rows, heads, found);
    const column = heads[0]!.findIndex((t) => CONTACT_HEADER.test(t));
    if (column < 0) continue;
    for (const row of rows.slice(1)) {
      const cell = cellsOf(row)[column];
      if (!cell) continue;
      const line = textLines(cell)[0]?.trim();
      if (!line) continue;
      const name = withoutTitles(withoutHonorific(line));
      if (NAME_WORDS.test(name) && plausibleName(name)) found.add('name', name, 'text');
    }
  }
}
