import { markersIn, withoutMarkers } from './evaluate.js';
import { REGION_CODE, type ResidencyRule, type RuleProblem } from './rule.js';

const ARN = /(?<![A-Za-z0-9])arn:([^:\s]*):([^:\s]*):([^:\s]*):/gi;
const UNKNOWABLE = (field: string) => markersIn(field).filter((m) => m.kind === 'X' || m.kind === 'Y');

/**
 * ARNs anywhere in a template: the partition must be `aws` (China, GovCloud, ISO and sovereign
 * partitions are other regions by definition), and the region field must be empty (global
 * resource), `*` (a permission on every region, which moves no data), the stack's own region
 * (`AWS::Region`), or a region code, which the region-code rule checks against the market.
 * A region field given at deploy time (a parameter, an import, a custom resource's answer)
 * cannot be checked and is refused; so is a pattern such as `eu-*`.
 */
export const arnsInMarket: ResidencyRule = {
  id: 'Residency-Arn',
  summary: 'ARNs are in the aws partition with a region in the market, or none',
  text(t) {
    const out: RuleProblem[] = [];
    for (const m of t.text.matchAll(ARN)) {
      const [, partition = '', service = '', region = ''] = m;
      const svc = withoutMarkers(service, '?');
      const opaqueP = UNKNOWABLE(partition);
      if (opaqueP.length) out.push({ message: `ARN of ${svc} has a partition known only at deploy time (${opaqueP[0]?.description})` });
      else if (withoutMarkers(partition, '') !== 'aws') out.push({ message: `ARN of ${svc} is in partition "${withoutMarkers(partition, '?')}", not the commercial "aws" partition of the market` });
      const opaqueR = UNKNOWABLE(region);
      if (opaqueR.length) {
        out.push({ message: `ARN of ${svc} has a region known only at deploy time (${opaqueR[0]?.description}): it cannot be checked at synthesis` });
        continue;
      }
      const literal = withoutMarkers(region, '');
      const isRegionCode = new RegExp(`^${REGION_CODE.source}$`, 'i').test(literal);
      if (literal === '' || literal === '*' || isRegionCode) continue; // region codes: see region-codes-in-market
      out.push({ message: `ARN of ${svc} has region field "${literal}", which is not a region of the market` });
    }
    return out;
  },
};
