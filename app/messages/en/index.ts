// The English ICU catalogue of structured messages, one module per area. Codes are snake_case and
// unique across areas (a unit test checks); parameters are ICU arguments ({count, plural, ...}).
import { argumentsMessages } from './arguments';
import { dataMessages } from './data';
import { engineMessages } from './engine';
import { exportMessages } from './export';
import { factoryMessages } from './factory';
import { faissFileMessages } from './faissFile';
import { featuresMessages } from './features';
import { filesMessages } from './files';
import { jobsMessages } from './jobs';
import { libraryMessages } from './library';
import { modelsMessages } from './models';
import { recallEstimateMessages } from './recallEstimate';
import { rvcMessages } from './rvc';
import { webMessages } from './web';

export const catalogueAreas = {
  arguments: argumentsMessages,
  data: dataMessages,
  engine: engineMessages,
  export: exportMessages,
  factory: factoryMessages,
  faissFile: faissFileMessages,
  features: featuresMessages,
  files: filesMessages,
  jobs: jobsMessages,
  library: libraryMessages,
  models: modelsMessages,
  recallEstimate: recallEstimateMessages,
  rvc: rvcMessages,
  web: webMessages,
} as const;

export const englishCatalogue = {
  ...argumentsMessages,
  ...dataMessages,
  ...engineMessages,
  ...exportMessages,
  ...factoryMessages,
  ...faissFileMessages,
  ...featuresMessages,
  ...filesMessages,
  ...jobsMessages,
  ...libraryMessages,
  ...modelsMessages,
  ...recallEstimateMessages,
  ...rvcMessages,
  ...webMessages,
} as const;

export type MessageCode = keyof typeof englishCatalogue;
