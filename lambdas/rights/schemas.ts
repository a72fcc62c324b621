/**
 * The public rights routes' request shapes: validated by the handlers and described in the
 * OpenAPI document (lambdas/query/openapi.ts) from the same zod schemas.
 */
import { z } from 'zod';
import { LANGS } from './messages.js';
import { REQUEST_TYPES } from './request.js';

export const submitBody = z
  .object({
    type: z.enum(REQUEST_TYPES),
    email: z.string().min(3).max(254),
    phone: z.string().max(40).optional(),
    lang: z.enum(LANGS).optional(),
  })
  .strict();

export const provePhoneBody = z.object({ code: z.string().max(12) }).strict();

export const tokenQuery = z.object({ token: z.string().max(200) });

export const requestIdParam = z.object({ id: z.string().max(100) });
