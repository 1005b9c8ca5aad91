// The English ICU catalogue of structured messages, one module per area. Codes are snake_case and
// unique across areas (a unit test checks); parameters are ICU arguments ({count, plural, ...}).
import { engineMessages } from './engine';
import { exportMessages } from './export';
import { faissFileMessages } from './faissFile';
import { filesMessages } from './files';
import { modelsMessages } from './models';
import { recallEstimateMessages } from './recallEstimate';

export const catalogueAreas = {
  engine: engineMessages,
  export: exportMessages,
  faissFile: faissFileMessages,
  files: filesMessages,
  models: modelsMessages,
  recallEstimate: recallEstimateMessages,
} as const;

export const englishCatalogue = {
  ...engineMessages,
  ...exportMessages,
  ...faissFileMessages,
  ...filesMessages,
  ...modelsMessages,
  ...recallEstimateMessages,
} as const;

export type MessageCode = keyof typeof englishCatalogue;
