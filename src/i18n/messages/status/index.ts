import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** What each HTTP response code of the Media Collection API means, and the client action the docs give. */
export const status = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
