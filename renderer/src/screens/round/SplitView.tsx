import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Panel, Separator, useDefaultLayout, type LayoutStorage } from 'react-resizable-panels';
import { localStorageOrNone } from '../../app/browser-storage';

/**
 * Where the split is remembered. A UI preference (two percentages), never client data; where storage is switched
 * off the split simply starts at its default.
 */
const storage: LayoutStorage = {
  getItem: (key) => {
    try {
      return localStorageOrNone()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  },
  setItem: (key, value) => {
    try {
      localStorageOrNone()?.setItem(key, value);
    } catch {
      // Not remembered this time; the split itself still works.
    }
  },
};

export const SPLIT_LAYOUT_ID = 'passie.round-split';

/** The two panes side by side, with a separator to drag or to move with the arrow keys; the split is remembered. */
export function SplitView({ left, right }: { left: ReactNode; right: ReactNode }) {
  const { t } = useTranslation();
  const { defaultLayout, onLayoutChanged } = useDefaultLayout({
    id: SPLIT_LAYOUT_ID,
    storage,
    onlySaveAfterUserInteractions: true,
  });
  return (
    <Group
      className="split-view"
      orientation="horizontal"
      defaultLayout={defaultLayout}
      onLayoutChanged={onLayoutChanged}
    >
      <Panel id="answers" className="split-view__pane" defaultSize="42%" minSize="22rem">
        {left}
      </Panel>
      <Separator className="split-view__separator" aria-label={t('round.split.separator')} />
      <Panel id="reply" className="split-view__pane" defaultSize="58%" minSize="28rem">
        {right}
      </Panel>
    </Group>
  );
}
