/** SES (e-mail) and SNS (SMS) in the deployment's region: the AWS side of the Messenger port. */
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { Messenger, OutgoingMessage } from '../../rights/ports.js';

export class SesSnsMessenger implements Messenger {
  constructor(
    private readonly ses: SESv2Client,
    private readonly sns: SNSClient,
    private readonly from: string,
  ) {}

  async send(m: OutgoingMessage): Promise<void> {
    if (m.channel === 'sms') {
      await this.sns.send(
        new PublishCommand({
          PhoneNumber: m.to,
          Message: m.text,
          MessageAttributes: { 'AWS.SNS.SMS.SMSType': { DataType: 'String', StringValue: 'Transactional' } },
        }),
      );
      return;
    }
    await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [m.to] },
        Content: { Simple: { Subject: { Data: m.subject, Charset: 'UTF-8' }, Body: { Text: { Data: m.text, Charset: 'UTF-8' } } } },
      }),
    );
  }
}
