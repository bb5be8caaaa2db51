import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: editing and zoom only. Electron's default menu links to electronjs.org and offers reload
 * and DevTools, none of which a coach needs; the studio's own commands live in its window.
 */
export function studioMenuTemplate(platform: NodeJS.Platform, devTools: boolean): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(devTools ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const) : []),
  ];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : [{ role: 'fileMenu' } as const]),
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}

export function installStudioMenu(devTools: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(studioMenuTemplate(process.platform, devTools)));
}
