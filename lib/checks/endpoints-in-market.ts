import { markersIn, withoutMarkers } from './evaluate.js';
import { REGION_CODE, type ResidencyRule, type RuleProblem } from './rule.js';

const LABEL = '(?:[a-z0-9-]+|\\uE000[^\\uE000\\uE001]*\\uE001)';
const AWS_HOST = new RegExp(`(://)?(${LABEL}(?:\\.${LABEL})*)\\.(amazonaws\\.com\\.cn|amazonaws\\.com|api\\.aws|amazonaws\\.eu)(?![a-z0-9.-]*[a-z0-9])`, 'gi');

/**
 * AWS endpoint host names anywhere in a template. Regional hosts carry their region, which the
 * region-code rule checks. Refused here: China (`amazonaws.com.cn`) and sovereign-cloud
 * (`amazonaws.eu`) hosts; a host whose region label is known only at deploy time; and global
 * endpoints without a region (`https://s3.amazonaws.com`, `bucket.s3.amazonaws.com`,
 * `s3-external-1`, `queue.amazonaws.com`), which AWS serves from us-east-1. A bare one-label
 * name such as `lambda.amazonaws.com` is a service principal, not an endpoint, and passes.
 */
export const endpointsInMarket: ResidencyRule = {
  id: 'Residency-Endpoint',
  summary: 'AWS endpoints are regional, in the market',
  text(t) {
    const out: RuleProblem[] = [];
    for (const m of t.text.matchAll(AWS_HOST)) {
      const [, scheme, labels = '', domain = ''] = m;
      const host = `${withoutMarkers(labels, '?')}.${domain}`;
      const d = domain.toLowerCase();
      if (d === 'amazonaws.com.cn' || d === 'amazonaws.eu') {
        out.push({ message: `endpoint ${host} is in another AWS partition (${d === 'amazonaws.eu' ? 'European Sovereign Cloud' : 'China'}), outside the market` });
        continue;
      }
      const opaque = markersIn(labels).filter((x) => x.kind === 'X' || x.kind === 'Y');
      if (opaque.length) {
        out.push({ message: `endpoint host has a part known only at deploy time (${opaque[0]?.description}): its region cannot be checked at synthesis` });
        continue;
      }
      const hasRegion = markersIn(labels).some((x) => x.kind === 'R') || new RegExp(REGION_CODE.source, 'i').test(labels);
      if (hasRegion) continue;
      const isPrincipal = !scheme && !labels.includes('.') && !/^(s3-external-1|queue)$/i.test(labels);
      if (!isPrincipal) out.push({ message: `endpoint ${host} has no region: AWS serves global endpoints from us-east-1` });
    }
    return out;
  },
};
