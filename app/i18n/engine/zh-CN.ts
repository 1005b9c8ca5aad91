import type { EngineCatalogue } from '..';

export const engineZhCN: EngineCatalogue = {};
