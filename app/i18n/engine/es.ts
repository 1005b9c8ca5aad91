import type { EngineCatalogue } from '..';

export const engineEs: EngineCatalogue = {};
