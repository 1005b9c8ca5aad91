import type { EngineCatalogue } from '..';

export const enginePtBR: EngineCatalogue = {};
