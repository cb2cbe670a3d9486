import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The DevTools panel's words: its controls, the call list and details, the timeline, files and settings. */
export const panel = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
