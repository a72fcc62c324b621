/** The demo classifieds site the local runtime crawls; see generate.ts (content, ground truth) and server.ts (HTTP). */
export {
  DEFAULT_ADS,
  DEFAULT_PER_PAGE,
  DEFAULT_SEED,
  ROBOTS_TXT,
  generateDemoSite,
  isValidVin,
  mulberry32,
  normaliseText,
  vinCheckDigit,
  type AdCategory,
  type AdCountry,
  type AdLang,
  type DemoAd,
  type DemoExpected,
  type DemoRendering,
  type DemoSite,
  type GenerateOptions,
} from './generate.js';
export { BIG_PAGE_BYTES, DEFAULT_PORT, SLOW_DEFAULT_MS, startDemoSite, type DemoSiteServer } from './server.js';
