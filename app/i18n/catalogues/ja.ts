import { en, type Catalogue } from './en';

export const ja: Catalogue = { ...en };
