import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The command line's words: its help, its usage errors and its one-line failures. */
export const cli = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
