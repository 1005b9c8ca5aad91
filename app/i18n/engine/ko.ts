import type { EngineCatalogue } from '..';

export const engineKo: EngineCatalogue = {};
