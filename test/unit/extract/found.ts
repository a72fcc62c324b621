/**
 * What extraction finds on a test page, as sorted "<kind> <value>" lines (one kind, or all), and
 * the page-data wrappers the rule tests build their pages with. Shared by the rule tests.
 */
import { extractFindings } from '../../../lambdas/collect/extract/index.js';

/** `found(html, country?, kind?)` for pages at `url`, with `country` as the default country. */
export function foundAt(url: string, defaultCountry: string) {
  return (html: string, country = defaultCountry, kind?: string): string[] =>
    extractFindings(html, { url, country })
      .filter((f) => kind === undefined || f.kind === kind)
      .map((f) => `${f.kind} ${f.value}`)
      .sort();
}

/** A Next.js page's data script holding `pageProps`. */
export const nextData = (pageProps: unknown): string =>
  `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps } })}</script>`;

/** A page whose body is in its main content. */
export const page = (body: string): string => `<!doctype html><html><body><main>${body}</main></body></html>`;
