/**
 * KeyService adapter for AWS KMS (ARCHITECTURE.md decision 6). The KMSClient is injected so the
 * caller controls region (residency, decision 9), credentials and retries.
 */
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { DATA_KEY_BYTES, type KeyService } from '../../shared/crypto/key-service.js';

export class KmsKeyService implements KeyService {
  constructor(private readonly client: KMSClient) {}

  async generateDataKey(keyId: string, context: Record<string, string>): Promise<{ plaintext: Uint8Array; ciphertext: Uint8Array }> {
    const out = await this.client.send(
      new GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { ...context } }),
    );
    if (!out.Plaintext || out.Plaintext.length !== DATA_KEY_BYTES || !out.CiphertextBlob || out.CiphertextBlob.length === 0) {
      throw new Error('KMS GenerateDataKey returned no usable data key');
    }
    return { plaintext: out.Plaintext, ciphertext: out.CiphertextBlob };
  }

  async decrypt(keyId: string, ciphertext: Uint8Array, context: Record<string, string>): Promise<Uint8Array> {
    // KeyId is always sent: KMS then refuses a blob wrapped under any other key.
    const out = await this.client.send(
      new DecryptCommand({ KeyId: keyId, CiphertextBlob: ciphertext, EncryptionContext: { ...context } }),
    );
    if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
    return out.Plaintext;
  }
}
