/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // a test that loads the NLP model for the first time takes over 5 s on a loaded 2-core machine (compromise's
  // cold start); speed is measured by the bench scripts, never by a test's timeout
  testTimeout: 30_000,
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
}
