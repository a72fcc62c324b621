/**
 * A member's display name passed to the script of an action on that member: a marketplace's "rate
 * this user" link calls its script with the action, the member's ids and the name the member
 * signs with (onclick="act('rating', '3107', '90412', 'Lena+Marten')"), and a result page prints
 * that name nowhere else. Read only from a call whose first argument names a rating of the member,
 * and only the call's last argument: the ids and the action are no names. What the member wrote
 * after a dash or a comma is the firm it signs for ("Lena Marten - Wendell Estates, s.r.o."),
 * which is no person's name. Held to the known-name check as a profile link's name is.
 *
 * The same link as an address (an older version of such a page): the rating page's address with
 * the member's name in a query parameter ("/rate.php?uid=3107&name=Lena+Marten").
 */
import type { FindingSet } from './findings.js';
import { RATING_LINK } from './labels.js';
import { plausibleName } from './names.js';

/** A call whose first argument names a rating of a member ("act('rating', …)", "rateUser('rate', …)"). */
const RATING_CALL = /^\s*[\w$.]+\s*\(\s*(['"])(?:rating|rate|rate_?user|user_?rating)\1\s*,/i;
/** The call's last argument, quoted, before the call closes. */
const LAST_ARGUMENT = /,\s*(['"])([^'"]{2,80})\1\s*\)\s*;?\s*(?:return\s+false\s*;?\s*)?$/;
/** Where the name the member signs with ends: a dash between spaces, or a comma, before a firm. */
const NAME_END = /\s+[-–]\s*|\s*,/;

export function scanHandlerNames(script: string, found: FindingSet): void {
  if (!RATING_CALL.test(script)) return;
  const m = LAST_ARGUMENT.exec(script);
  if (m) addSignedName(m[2]!, found);
}

/** The member's name in a rating page's address (RATING_LINK). */
export function scanRatingLinkName(href: string, found: FindingSet): void {
  const m = RATING_LINK.exec(href);
  if (m) addSignedName(m[1]!, found);
}

/** The name a member signs with, as a script or an address passes it ("Lena+Marten", "Luc%C3%ADa"), without the firm after it. */
function addSignedName(raw: string, found: FindingSet): void {
  let text = raw.replace(/\+/g, ' ');
  try {
    text = decodeURIComponent(text);
  } catch {
    // a malformed escape: the argument as written
  }
  const name = text.split(NAME_END)[0]!.trim();
  if (plausibleName(name)) found.add('name', name, 'profile-link');
}
