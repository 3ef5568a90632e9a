import { defaultSignatureFor, type SignatureBlock } from '@shared/domain/signature';
import { useEffect, useState } from 'react';

import { call } from '../../api/client';

export const EMPTY_SIGNATURE: SignatureBlock = { prefix: '', authority: '', position: '', signer: '' };

/**
 * The signature block of the issuer documents are numbered under, from settings (null while loading;
 * an empty block when settings cannot be read, so the dialog still works and the user fills it in).
 */
export function useDefaultSignature(): SignatureBlock | null {
  const [block, setBlock] = useState<SignatureBlock | null>(null);
  useEffect(() => {
    let live = true;
    call('settings.get', {})
      .then((settings) => {
        if (live) setBlock(defaultSignatureFor(settings.issuerAbbreviation, settings.signatureDefaults, settings.issuingBody));
      })
      .catch(() => live && setBlock(EMPTY_SIGNATURE));
    return () => {
      live = false;
    };
  }, []);
  return block;
}
