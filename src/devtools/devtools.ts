import browser from 'webextension-polyfill';

// Both paths are relative to the extension root, where the build puts both pages.
void browser.devtools.panels.create('Media Collection', 'icons/icon-32.png', 'panel.html');
