/**
 * The OpenAPI 3.1 document of the customer API, generated from the zod schemas in schemas.ts
 * (zod-openapi) and the routes in lib/topology.ts. Served at /v1/openapi.json and written to
 * docs/openapi.json (`npx tsx lambdas/query/openapi.ts > docs/openapi.json`; a test keeps the
 * checked-in copy equal to this output).
 */
import { pathToFileURL } from 'node:url';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { ROUTES, type FunctionName } from '../../lib/topology.js';
import { PROBLEM_CONTENT_TYPE } from '../shared/http/problem.js';
import { provePhoneBody, requestIdParam, submitBody, tokenQuery } from '../rights/schemas.js';
import { adIdParam, adView, auditQuery, auditResult, problemSchema, searchQuery, searchResult, sourcesResult } from './schemas.js';

const problem = (description: string) => ({ description, content: { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } } });

const OPERATIONS: Partial<Record<FunctionName, ZodOpenApiOperationObject>> = {
  searchAds: {
    operationId: 'searchAds',
    summary: "Find the caller's tenant's ads carrying an identifier",
    description:
      'The query is normalised as at collection (phones to E.164 with the source country as default, plates as COUNTRY:PLATE, …), looked up by blind index in the caller\'s tenant only, decrypted, newest first. Audited.',
    requestParams: { query: searchQuery },
    responses: {
      '200': { description: 'Matching ads (possibly none)', content: { 'application/json': { schema: searchResult } } },
      '400': problem('Not a valid identifier of its kind, a kind this tenant does not hold, or a cursor not issued for this query'),
    },
  },
  getAd: {
    operationId: 'getAd',
    summary: 'One ad of the caller\'s tenant, with every identifier and where it came from. Audited.',
    requestParams: { path: adIdParam },
    responses: {
      '200': { description: 'The ad', content: { 'application/json': { schema: adView } } },
      '404': problem('No such ad in this tenant'),
    },
  },
  listSources: {
    operationId: 'listSources',
    summary: 'The sources the tenant subscribes to',
    responses: { '200': { description: 'Sources', content: { 'application/json': { schema: sourcesResult } } } },
  },
  listAudit: {
    operationId: 'listAudit',
    summary: "The tenant's hash-chained audit trail (tenant-admin only)",
    requestParams: { query: auditQuery },
    responses: {
      '200': { description: 'Audit records in chain order', content: { 'application/json': { schema: auditResult } } },
      '403': problem('The caller is not a tenant-admin'),
    },
  },
  rightsSubmit: {
    operationId: 'submitRightsRequest',
    summary: 'A data subject asks for erasure, objection or access; a single-use link is e-mailed (no login)',
    requestBody: { content: { 'application/json': { schema: submitBody } } },
    responses: { '202': { description: 'Always the same answer, whether or not we hold anything' }, '400': problem('Not a valid e-mail address or phone number') },
  },
  rightsConfirm: {
    operationId: 'confirmRightsRequest',
    summary: 'The single-use link from the e-mail (valid 24 h); sends the browser on to the status view',
    requestParams: { query: tokenQuery },
    responses: {
      '303': { description: "On to the portal: its status view when confirmed, its 'invalid link' view for an unknown, used or expired link" },
      '200': { description: 'With Accept: application/json, the confirmed request id and its status token' },
    },
  },
  rightsStatus: {
    operationId: 'rightsRequestStatus',
    summary: 'Where a confirmed request stands (state, due date, counts; never personal data)',
    requestParams: { path: requestIdParam, query: tokenQuery },
    responses: { '200': { description: 'The request\'s status' }, '404': problem('No such request for this token') },
  },
  rightsProvePhone: {
    operationId: 'proveRightsPhone',
    summary: 'The code sent by SMS, proving the phone number given with the request',
    requestParams: { path: requestIdParam, query: tokenQuery },
    requestBody: { content: { 'application/json': { schema: provePhoneBody } } },
    responses: { '200': { description: 'The phone number is proved' }, '400': problem('Wrong or expired code') },
  },
  rightsExport: {
    operationId: 'downloadRightsExport',
    summary: 'The encrypted JSON export of an access request, by its second single-use link (7 days)',
    requestParams: { path: requestIdParam, query: tokenQuery },
    responses: { '200': { description: 'The export' }, '404': problem('Unknown, used or expired link') },
  },
  rightsPortal: {
    operationId: 'rightsPortal',
    summary: 'The data-subject portal page (static HTML, strict CSP, six languages)',
    responses: { '200': { description: 'The page', content: { 'text/html': { schema: z.string() } } } },
  },
  getOpenapi: {
    operationId: 'getOpenapi',
    summary: 'This document',
    responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: z.object({}).loose() } } } },
  },
};

export function openApiDocument(): ReturnType<typeof createDocument> {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of ROUTES) {
    const op = OPERATIONS[route.function];
    if (!op) continue;
    const common = {
      '401': problem('No valid ID token'),
      '429': problem('Throttled'),
      '500': problem('Internal error (quote the request id)'),
    };
    (paths[route.path] ??= {})[route.method.toLowerCase() as 'get'] = {
      ...op,
      ...(route.auth === 'cognito' ? { security: [{ cognito: [] }] } : { security: [] }),
      responses: { ...(route.auth === 'cognito' ? common : { '429': common['429'] }), ...op.responses },
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'adwarden customer API',
      version: '1.0.0',
      description: 'Search the personal identifiers adwarden collected for your tenant. Every answer with personal data is audited.',
    },
    paths,
    components: {
      securitySchemes: {
        cognito: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The Cognito ID token (after password and TOTP sign-in); `npx adwarden login` keeps one.',
        },
      },
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${JSON.stringify(openApiDocument(), null, 2)}\n`);
}
