import { DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { bundleChromiumLayer, CHROMIUM_LAYER_DIR } from '../../layers/chromium/bundle.js';

/** Headless Chromium for Lambda (@sparticuz/chromium), bundled locally: no Docker needed. */
export class ChromiumLayer extends Construct {
  public readonly layer: lambda.LayerVersion;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.layer = new lambda.LayerVersion(this, 'Layer', {
      description: 'Headless Chromium (@sparticuz/chromium) for the crawl and extract functions',
      compatibleRuntimes: [lambda.Runtime.NODEJS_24_X],
      compatibleArchitectures: [lambda.Architecture.X86_64],
      code: lambda.Code.fromAsset(CHROMIUM_LAYER_DIR, {
        bundling: {
          // Never used: local bundling always succeeds or throws.
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
          local: {
            tryBundle(outputDir: string): boolean {
              bundleChromiumLayer(outputDir);
              return true;
            },
          },
        },
      }),
    });
  }
}
