import { markersIn } from './evaluate.js';
import { keyOf, type ResidencyRule } from './rule.js';

/** Property names that locate a resource: an ARN, URL, URI, endpoint or host. */
const LOCATOR_KEY = /(?:arns?|urls?|uris?|endpoints?|hosts?|hostname|servicetoken)$/i;

/**
 * A value given at deploy time from outside the cloud assembly (a CfnParameter, an import of
 * an export no stack of the assembly makes, an SSM dynamic reference, a macro) could carry
 * any region, so it is refused wherever it appears. A value only a custom resource or a
 * secret knows (an attribute, `{{resolve:secretsmanager:…}}`) is refused where it would
 * locate something: in an ARN, URL, endpoint or host property. (Region
 * properties, ARN region fields and endpoint hosts refuse it in their own rules.)
 */
export const valuesKnownAtSynthesis: ResidencyRule = {
  id: 'Residency-Unresolvable',
  summary: 'no value from outside the assembly; no custom-resource answer as an ARN, URL or endpoint',
  text(t) {
    const markers = markersIn(t.text);
    const outside = markers.find((m) => m.kind === 'X');
    if (outside) return [{ message: `value comes from outside the cloud assembly (${outside.description}) and cannot be checked at synthesis` }];
    const key = keyOf(t.path);
    const answer = markers.find((m) => m.kind === 'Y');
    if (answer && LOCATOR_KEY.test(key)) return [{ message: `${key} is known only at deploy time (${answer.description}): its region cannot be checked at synthesis` }];
    return [];
  },
};
