import { en, type Catalogue } from './en';

export const ko: Catalogue = { ...en };
