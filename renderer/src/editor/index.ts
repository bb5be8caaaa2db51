export { PassieEditor, type PassieEditorHandle, type PassieEditorProps } from './PassieEditor';
export { PassieCircle, type PassieCircleProps } from './PassieCircle';
export { createPassieExtensions } from './passie-extensions';
export type { SnippetTarget } from './passie-commands';
export { blockFilled, blockWordCount, filledBlocks } from './passie-queries';
export { docToReplyBlocks, replyBlocksFromNode, replyBlocksToDoc } from './reply-conversion';
export { countWords, countWordsInText } from './word-count';
export { editorText, formatWordCount, toEditorLanguage, type EditorLanguage, type EditorT } from './editor-text';
export { COVERS_EDITOR } from './keep-in-view';
