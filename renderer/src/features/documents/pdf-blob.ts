import { useEffect, useState } from 'react';

/** The PDF bytes main sent as base64, as a Blob the browser's PDF viewer can show. */
export function pdfBlob(base64: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: 'application/pdf' });
}

/** A blob: URL for the PDF (the CSP allows blob: frames), revoked when the PDF changes or the caller unmounts. */
export function usePdfUrl(base64: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!base64) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(pdfBlob(base64));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [base64]);
  return url;
}

/** Saves through a download link: the browser asks where (Electron shows its save dialog). */
export function downloadPdf(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
