import { render } from 'preact';
import { patternsFromQuery } from '../site-access/grant-url.js';
import { browserHostAccess } from '../site-access/host-access.js';
import { GrantPage } from './GrantPage.js';

// Opened by the panel's "Capture on this site" (grant.html?site=…), or as the toolbar popup.
render(<GrantPage access={browserHostAccess()} requested={patternsFromQuery(location.search)} />, document.getElementById('app')!);
