import { renderJson } from './json-report.js';
import { renderMarkdown } from './markdown-report.js';
import type { ValidationReport } from './report-model.js';
import { renderSarif } from './sarif-report.js';
import { renderText } from './text-report.js';

export type ReportFormat = 'text' | 'json' | 'sarif' | 'markdown';

export function renderReport(report: ValidationReport, format: ReportFormat): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'markdown':
      return renderMarkdown(report);
    default:
      return renderText(report);
  }
}
