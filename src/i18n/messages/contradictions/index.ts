import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The titles of the places where Adobe's pages disagree (docs/contradictions.md, which stays English). */
export const contradictions = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
