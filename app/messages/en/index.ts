// The English ICU catalogue of structured messages, one module per area. Codes are snake_case and
// unique across areas (a unit test checks); parameters are ICU arguments ({count, plural, ...}).
import { exportMessages } from './export';

export const catalogueAreas = { export: exportMessages } as const;

export const englishCatalogue = { ...exportMessages } as const;

export type MessageCode = keyof typeof englishCatalogue;
