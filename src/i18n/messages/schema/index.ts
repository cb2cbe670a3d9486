import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** What the schema checks and the advisories say about a body and its parameters. */
export const schema = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
