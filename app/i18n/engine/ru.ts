import type { EngineCatalogue } from '..';

export const engineRu: EngineCatalogue = {};
