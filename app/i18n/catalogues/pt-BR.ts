import { en, type Catalogue } from './en';

export const ptBR: Catalogue = { ...en };
