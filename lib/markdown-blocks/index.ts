export { type BlockGroup, groupBlocks } from './block-groups';
export { type Block, type BlockSplit, BlockSplitter, mayUseDefinitions, splitBlocks } from './block-splitter';
export { closeDanglingSyntax } from './close-dangling-syntax';
export { contentHash } from './content-key';
