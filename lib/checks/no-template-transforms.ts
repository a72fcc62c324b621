import type { ResidencyRule } from './rule.js';

/**
 * A transform (SAM, AWS::Include, any macro) rewrites the template at deploy time, after this
 * check has read it: what is deployed is not what was checked. Refused.
 */
export const noTemplateTransforms: ResidencyRule = {
  id: 'Residency-Transform',
  summary: 'no transforms or macros',
  unit(unit) {
    const problems = [];
    if (unit.template.Transform !== undefined) problems.push({ message: `template declares Transform ${JSON.stringify(unit.template.Transform)}, which rewrites it at deploy time`, location: 'Transform' });
    if (JSON.stringify(unit.template).includes('"Fn::Transform"')) problems.push({ message: 'template uses Fn::Transform, which rewrites it at deploy time', location: 'Fn::Transform' });
    return problems;
  },
};
