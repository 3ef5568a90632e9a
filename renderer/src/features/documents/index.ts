/**
 * The document engine's screens for wiring by the app shell: the register page (route /documents,
 * nav label "Sổ văn bản"), the reusable PDF preview, and the hook other screens print with
 * (e.g. the units screen: usePrintDocument('unit-directory', filters, { title: 'Danh sách đơn vị' })).
 */
export { forgetCapabilities, nativeDialogs } from './capabilities';
export { DocumentsPage } from './DocumentsPage';
export type { IssueValues } from './IssueForm';
export { downloadPdf, pdfBlob, usePdfUrl } from './pdf-blob';
export { type PdfSource, printPdf, savePdf } from './pdf-export';
export { PdfPreviewModal, type PdfPreviewModalProps } from './PdfPreviewModal';
export { documentsRoute } from './route';
export { signatureErrors, SignatureFields, signatureLines } from './SignatureFields';
export { documentsText } from './text';
export { type PrintDocument, type PrintDocumentOptions, usePrintDocument } from './use-print-document';
