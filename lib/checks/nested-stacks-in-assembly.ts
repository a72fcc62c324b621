import type { ResidencyRule } from './rule.js';

/** A nested stack whose template is not in the cloud assembly (hosted elsewhere) cannot be read, so it is refused. */
export const nestedStacksInAssembly: ResidencyRule = {
  id: 'Residency-NestedStack',
  summary: 'nested stack templates are in the assembly',
  resource(res) {
    if (res.type !== 'AWS::CloudFormation::Stack' || res.unit.nested.get(res.logicalId)) return [];
    return [{ message: 'nested stack template is not in the cloud assembly, so it cannot be checked', location: 'Properties/TemplateURL' }];
  },
};
