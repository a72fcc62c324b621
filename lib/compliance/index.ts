/**
 * Compliance evidence generated from what is deployed (ARCHITECTURE.md decision 10): records
 * of processing (Art. 30), technical and organisational measures, and the legitimate-interest
 * assessment per source, from the config and the synthesized templates. Pure: config and
 * template JSON in, markdown out; `adwarden docs` (bin/cli-docs.ts) synthesizes and writes.
 */
export { type ComplianceInput, DOCUMENT_FILES, type DocumentFile, generateComplianceDocs, NOTES } from './documents.js';
export { type Citation, parseCitations, renderCitation, valueAt } from './citations.js';
export type { StackTemplate } from './templates.js';
export { UncitedStatementError } from './errors.js';
