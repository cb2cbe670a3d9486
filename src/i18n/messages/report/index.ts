import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The reports' words (text, Markdown, JUnit, and the settings lines they print), for the command line and the panel alike. */
export const report = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
