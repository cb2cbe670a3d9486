import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** The Media Edge API rules' titles, findings and actions, its schema messages and how its sessions were linked. */
export const rulesEdge = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
