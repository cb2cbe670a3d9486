import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The sequence rules' titles, findings and actions. */
export const rulesSequence = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
