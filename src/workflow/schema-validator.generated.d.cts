// The types of schema-validator.generated.cjs (scripts/schema-validator.mjs writes it).
import type { ValidateFunction } from 'ajv';

declare const validate: ValidateFunction;
export = validate;
