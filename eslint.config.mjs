import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { LAYERS, REMAINING_UPWARD, layerOf } from './scripts/layers.mjs';

/**
 * One override per folder of src/: importing a folder of the same or a higher layer fails
 * (docs/architecture.md), but for the upward imports still listed in scripts/layers.mjs.
 */
function layerRules() {
  const folders = LAYERS.flat();
  return folders.map((folder) => {
    const own = layerOf(folder);
    const forbidden = folders.filter(
      (other) =>
        other !== folder &&
        (layerOf(other) ?? 0) >= own &&
        !REMAINING_UPWARD.includes(`${folder} -> ${other}`),
    );
    return {
      files: [`src/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.map((other) => ({
              group: [`../${other}/*`, `../../${other}/*`],
              message: `src/${folder}/ must not import src/${other}/, a folder at its layer or above (docs/architecture.md).`,
            })),
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'src/**/*.generated.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...layerRules(),
);
