export {
  generateSampleExperiment,
  sampleFiles,
  SAMPLE_LIMITS,
  type SampleExperiment,
  type SampleFile,
  type SampleOptions,
} from './generate';
export { sampleProfile, type SampleProfile } from './profile';
