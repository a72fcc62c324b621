import type { ResidencyRule } from './rule.js';

const TYPES_WITH_ENDPOINTS = new Set(['AWS::ApiGateway::RestApi', 'AWS::ApiGateway::DomainName', 'AWS::ApiGateway::DomainNameV2']);

/**
 * Edge-optimised API endpoints terminate TLS at CloudFront edges worldwide, and EDGE is API
 * Gateway's default when EndpointConfiguration is absent. Types must be written out as
 * REGIONAL or PRIVATE. (HTTP and WebSocket APIs are regional only; an EDGE type given to a
 * v2 domain is refused all the same.)
 */
export const apiRegionalEndpoint: ResidencyRule = {
  id: 'Residency-ApiEndpoint',
  summary: 'API Gateway endpoints are REGIONAL or PRIVATE',
  resource(res) {
    if (res.type === 'AWS::ApiGatewayV2::DomainName') {
      const types = res.evaluate.text(res.properties.DomainNameConfigurations).toUpperCase();
      return types.includes('EDGE') ? [{ message: 'API domain is EDGE-optimised; use REGIONAL', location: 'Properties/DomainNameConfigurations' }] : [];
    }
    if (!TYPES_WITH_ENDPOINTS.has(res.type)) return [];
    const cfg = res.properties.EndpointConfiguration as { Types?: unknown } | undefined;
    const types = cfg?.Types === undefined ? [] : res.evaluate.list(cfg.Types).map((t) => t.trim().toUpperCase());
    if (types.length === 0) return [{ message: `${res.type} has no endpoint type, so API Gateway makes it EDGE; use REGIONAL`, location: 'Properties/EndpointConfiguration' }];
    const bad = types.filter((t) => t !== 'REGIONAL' && t !== 'PRIVATE');
    return bad.length ? [{ message: `${res.type} endpoint type ${bad.join(', ')} is not REGIONAL or PRIVATE`, location: 'Properties/EndpointConfiguration/Types' }] : [];
  },
};
