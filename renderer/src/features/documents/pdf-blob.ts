import { useEffect, useState } from 'react';

import { base64Blob, downloadUrl } from '../../components/file-bytes';

export { downloadUrl as downloadPdf };

/** The PDF bytes main sent as base64, as a Blob the browser's PDF viewer can show. */
export function pdfBlob(base64: string): Blob {
  return base64Blob(base64, 'application/pdf');
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
