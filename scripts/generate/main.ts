import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generatedFiles, generatedImages } from './generated-files.js';

// Run from the project root (npm run generate).
const root = process.cwd();
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
for (const [file, content] of [...generatedFiles(version), ...generatedImages()]) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
  process.stdout.write(`generated ${file}\n`);
}
