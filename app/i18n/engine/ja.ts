import type { EngineCatalogue } from '..';

export const engineJa: EngineCatalogue = {};
