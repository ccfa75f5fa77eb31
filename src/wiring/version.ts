/** wflo's version; a unit test keeps it equal to package.json's (kept out of the bundle so dist/ does not depend on package.json). */
export const WFLO_VERSION = '0.1.0';
