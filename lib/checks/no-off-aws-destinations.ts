import type { ResidencyRule, RuleProblem } from './rule.js';

const FIREHOSE_OFF_AWS = ['HttpEndpointDestinationConfiguration', 'SplunkDestinationConfiguration', 'SnowflakeDestinationConfiguration'];

/**
 * Deliveries the template declares to endpoints outside AWS, whose location no template can
 * show: Firehose HTTP endpoint, Splunk and Snowflake destinations, EventBridge API
 * destinations, SNS subscriptions over HTTP(S), and Step Functions HTTP tasks. Refused.
 */
export const noOffAwsDestinations: ResidencyRule = {
  id: 'Residency-OffAwsDestination',
  summary: 'no declared delivery to endpoints outside AWS',
  resource(res) {
    const out: RuleProblem[] = [];
    if (res.type === 'AWS::KinesisFirehose::DeliveryStream') {
      for (const k of FIREHOSE_OFF_AWS) {
        if (res.properties[k] !== undefined) out.push({ message: `Firehose delivers to a destination outside AWS (${k})`, location: `Properties/${k}` });
      }
    }
    if (res.type === 'AWS::Events::ApiDestination') out.push({ message: 'EventBridge API destination sends events to an HTTP endpoint outside AWS' });
    if (res.type === 'AWS::SNS::Subscription' && /^https?$/i.test(res.evaluate.text(res.properties.Protocol).trim())) {
      out.push({ message: 'SNS subscription delivers messages to an HTTP endpoint outside AWS', location: 'Properties/Protocol' });
    }
    if (res.type === 'AWS::StepFunctions::StateMachine' && /arn:aws:states:::http:invoke/i.test(res.evaluate.text(res.properties.DefinitionString ?? res.properties.Definition))) {
      out.push({ message: 'state machine calls an HTTP endpoint outside AWS (http:invoke task)', location: 'Properties/DefinitionString' });
    }
    return out;
  },
};
