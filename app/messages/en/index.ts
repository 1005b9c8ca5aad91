// The English ICU catalogue of structured messages, one module per area. Codes are snake_case and
// unique across areas (a unit test checks); parameters are ICU arguments ({count, plural, ...}).
import { dataMessages } from './data';
import { exportMessages } from './export';
import { faissFileMessages } from './faissFile';
import { filesMessages } from './files';
import { modelsMessages } from './models';
import { recallEstimateMessages } from './recallEstimate';
import { rvcMessages } from './rvc';

export const catalogueAreas = {
  data: dataMessages,
  export: exportMessages,
  faissFile: faissFileMessages,
  files: filesMessages,
  models: modelsMessages,
  recallEstimate: recallEstimateMessages,
  rvc: rvcMessages,
} as const;

export const englishCatalogue = {
  ...dataMessages,
  ...exportMessages,
  ...faissFileMessages,
  ...filesMessages,
  ...modelsMessages,
  ...recallEstimateMessages,
  ...rvcMessages,
} as const;

export type MessageCode = keyof typeof englishCatalogue;
