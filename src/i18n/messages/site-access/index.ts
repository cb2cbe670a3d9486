import de from './de.json';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import ptBR from './pt-BR.json';
import zhCN from './zh-CN.json';

/** Site access: the grant page (also the toolbar popup) and the panel's offer to capture on a site. */
export const siteAccess = { en, de, nl, 'zh-CN': zhCN, 'pt-BR': ptBR, fr };
