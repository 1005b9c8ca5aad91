import { en, type Catalogue } from './en';

export const tr: Catalogue = { ...en };
