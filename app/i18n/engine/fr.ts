import type { EngineCatalogue } from '..';

export const engineFr: EngineCatalogue = {};
