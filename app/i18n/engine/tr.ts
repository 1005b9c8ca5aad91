import type { EngineCatalogue } from '..';

export const engineTr: EngineCatalogue = {};
