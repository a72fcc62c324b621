/**
 * The regions each market may use. EU: every commercial AWS region located in the EU/EEA
 * (Zurich and London are outside the EEA and are deliberately absent). US: the US
 * commercial regions (GovCloud needs separate accounts and is out of scope).
 */
export const MARKET_REGIONS = {
  eu: [
    'eu-west-1', // Ireland
    'eu-west-3', // Paris
    'eu-central-1', // Frankfurt
    'eu-north-1', // Stockholm
    'eu-south-1', // Milan
    'eu-south-2', // Spain
  ],
  us: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'],
} as const satisfies Record<string, readonly string[]>;

export type Market = keyof typeof MARKET_REGIONS;

