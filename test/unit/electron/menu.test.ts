import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

const { studioMenuTemplate } = await import('../../../main/electron/menu');

const roles = (template: ReturnType<typeof studioMenuTemplate>): string[] =>
  template.flatMap((item) => [
    String(item.role ?? item.label),
    ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => String(sub.role ?? sub.type)) : []),
  ]);

describe('studio menu', () => {
  it('offers editing and zoom but no help links, reload or DevTools to a coach', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const items = roles(studioMenuTemplate(platform, false));
      expect(items).toContain('editMenu');
      expect(items).toContain('zoomIn');
      expect(items).not.toContain('help');
      expect(items).not.toContain('reload');
      expect(items).not.toContain('toggleDevTools');
    }
  });

  it('adds reload and DevTools for a developer who asked for them', () => {
    expect(roles(studioMenuTemplate('linux', true))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
