import { CfnResource, Stack, Token } from 'aws-cdk-lib';
import { CfnUserPool } from 'aws-cdk-lib/aws-cognito';
import { CfnSubscription } from 'aws-cdk-lib/aws-sns';
import { cfnProperties, type ResidencyRule } from './rule.js';

// Matched loosely (":service:region:") because CDK writes ARNs as Fn::Join pieces around the
// partition and account tokens, so "arn:" is often in another piece of the string.
const WATCHED_SERVICES = 'ses|sns|cognito-idp|cognito-identity|sqs|lambda|kms|dynamodb|states|events|scheduler|logs|secretsmanager';
const ARN_REGION = new RegExp(`:(${WATCHED_SERVICES}):([a-z]{2}(?:-[a-z]+)+-\\d):`, 'g');

/**
 * SES identities, SNS topics and Cognito pools are regional: wiring a resource to one in
 * another region (an ARN with a foreign region, Cognito's SNS region, an SNS subscription
 * region) moves personal data (e-mail addresses, phone numbers, messages) out of the market.
 */
export const servicesInRegion: ResidencyRule = {
  id: 'Residency-CrossRegionService',
  check(node, ctx) {
    if (!CfnResource.isCfnResource(node)) return [];
    const found = new Set<string>();
    if (node instanceof CfnUserPool) {
      const sms = Stack.of(node).resolve(node.smsConfiguration) as { snsRegion?: string } | undefined;
      if (sms?.snsRegion && !Token.isUnresolved(sms.snsRegion) && !ctx.allowedRegions.includes(sms.snsRegion)) {
        found.add(`Cognito user pool sends SMS through SNS in ${sms.snsRegion}, outside market "${ctx.market}"`);
      }
    }
    if (node instanceof CfnSubscription && node.region && !Token.isUnresolved(node.region) && !ctx.allowedRegions.includes(node.region)) {
      found.add(`SNS subscription targets region ${node.region}, outside market "${ctx.market}"`);
    }
    const text = JSON.stringify(cfnProperties(node));
    for (const m of text.matchAll(ARN_REGION)) {
      const [, service, region] = m;
      if (service && region && !ctx.allowedRegions.includes(region)) {
        found.add(`${node.cfnResourceType} references ${service} in ${region}, outside market "${ctx.market}"`);
      }
    }
    return [...found];
  },
};
